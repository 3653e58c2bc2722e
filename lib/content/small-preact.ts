/**
 * The part of Preact the content script uses (`Component`, `render` and the JSX runtime), in a
 * fraction of its size: the content script's build aliases `preact` and `preact/jsx-runtime` to
 * this module (wxt.config.ts), and every other page keeps real Preact. Preact's core would be a
 * large share of the content script's 20 kB gzip budget; this is a fraction of its size.
 *
 * How it works: each render builds the whole tree afresh as detached DOM, then morphs the DOM in
 * the page into it, node by node at the same position (same tag: kept and patched; otherwise
 * replaced). Kept nodes keep their focus, selection and typed text, which is what Preact's diff
 * gives the hint's panel and the composer's. Class components keep their instance (and state)
 * across renders by their place among the components of the tree; `setState` renders the tree
 * again from its root. The subset is checked against real Preact, output for output, in
 * test/content/small-preact.test.tsx. Not supported (and not used by the content script's
 * components): hooks, refs, keys as identity, context, `style` objects, `dangerouslySetInnerHTML`.
 */

type Props = Record<string, unknown> & { children?: unknown };
type ComponentType = (new (props: never) => Component<object, object>) | ((props: never) => unknown);
interface VNode {
  type: string | ComponentType;
  props: Props;
}

const SVG = 'http://www.w3.org/2000/svg';

export function jsx(type: VNode['type'], props: Props): VNode {
  return { type, props };
}
export { jsx as jsxDEV, jsx as jsxs };

export function createElement(type: VNode['type'], props: Props | null, ...children: unknown[]): VNode {
  return jsx(type, children.length > 0 ? { ...props, children } : { ...props });
}
export { createElement as h };

export function Fragment(props: Props): unknown {
  return props.children;
}

/** One tree rendered into one container: its root vnode and its class components' instances, by place. */
interface Root {
  vnode: unknown;
  instances: Map<string, Component>;
}

const roots = new WeakMap<Element, Root>();

export class Component<P = Props, S = Record<string, unknown>> {
  props: P;
  state = {} as S;
  /** Set while the instance is part of a rendered tree: its container. */
  _container: Element | null = null;

  constructor(props: P) {
    this.props = props;
  }

  setState(update: Partial<S> | ((state: S) => Partial<S>)): void {
    const next = typeof update === 'function' ? update(this.state) : update;
    this.state = { ...this.state, ...next };
    if (this._container) render(roots.get(this._container)?.vnode ?? null, this._container);
  }

  render(_props: P, _state: S): unknown {
    return null;
  }
}

type Listeners = Record<string, EventListener>;
type Listening = Node & { _listeners?: Listeners };

/** One listener per event name on an element, calling whatever its latest render said. */
function dispatch(this: Listening, event: Event): void {
  this._listeners?.[event.type]?.call(this, event);
}

function setProp(element: Element & Listening, name: string, value: unknown): void {
  if (name === 'children' || name === 'key' || name === 'ref') return;
  if (name.startsWith('on')) {
    const type = name.slice(2).toLowerCase();
    element._listeners ??= {};
    element._listeners[type] = value as EventListener;
    element.addEventListener(type, dispatch);
    return;
  }
  const attribute = name === 'className' ? 'class' : name === 'htmlFor' ? 'for' : name;
  // As Preact: `false` removes an attribute and `true` leaves it empty, except aria-* and data-*,
  // which say "false" and "true".
  const dashed = name[4] === '-';
  if (value === null || value === undefined || (value === false && !dashed)) element.removeAttribute(attribute);
  else element.setAttribute(attribute, value === true && !dashed ? '' : String(value));
}

/** Form fields whose `value` is their live state (a property), not their markup. */
const LIVE_VALUE = /^(?:SELECT|INPUT|TEXTAREA)$/;
type WithValue = HTMLSelectElement & { _value?: string };

interface BuildContext {
  root: Root;
  container: Element;
  seen: Map<string, Component>;
  path: string;
  count: number;
}

/** Detached DOM for `node` (any JSX child), appended to `parent`. */
function build(node: unknown, parent: Node, context: BuildContext, svg: boolean): void {
  if (node === null || node === undefined || typeof node === 'boolean') return;
  if (Array.isArray(node)) {
    for (const child of node) build(child, parent, context, svg);
    return;
  }
  if (typeof node !== 'object') {
    parent.appendChild(document.createTextNode(String(node)));
    return;
  }
  const { type, props } = node as VNode;
  if (typeof type === 'function') {
    const place = `${context.path}/${context.count++}:${type.name}`;
    let output: unknown;
    if (type.prototype instanceof Component) {
      let instance = context.root.instances.get(place);
      if (!instance || instance.constructor !== type) instance = new (type as new (p: Props) => Component)(props);
      instance.props = props;
      instance._container = context.container;
      context.seen.set(place, instance);
      output = instance.render(props, instance.state);
    } else {
      output = (type as (p: Props) => unknown)(props);
    }
    const outer = context.path;
    const outerCount = context.count;
    context.path = place;
    context.count = 0;
    build(output, parent, context, svg);
    context.path = outer;
    context.count = outerCount;
    return;
  }
  const inSvg = svg || type === 'svg';
  const element = inSvg ? document.createElementNS(SVG, type) : document.createElement(type);
  const live = LIVE_VALUE.test(element.nodeName) && props.value !== undefined;
  for (const name in props) if (!(live && name === 'value')) setProp(element, name, props[name]);
  build(props.children, element, context, inSvg);
  if (live) {
    // After the options exist, as a property: what the field shows, kept in step on every render.
    (element as WithValue)._value = String(props.value);
    (element as WithValue).value = String(props.value);
  }
  parent.appendChild(element);
}

/** Makes `current` (in the page) look and behave like `next` (detached), keeping every node it can. */
function morph(current: Node, next: Node): void {
  if (current.nodeType !== next.nodeType || current.nodeName !== next.nodeName) {
    current.parentNode?.replaceChild(next, current);
    return;
  }
  if (current.nodeType !== 1) {
    if (current.nodeValue !== next.nodeValue) current.nodeValue = next.nodeValue;
    return;
  }
  const element = current as Element & Listening;
  const wanted = next as Element & Listening;
  for (const { name } of [...element.attributes]) if (!wanted.hasAttribute(name)) element.removeAttribute(name);
  for (const { name, value } of wanted.attributes) {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
  for (const type in wanted._listeners) element.addEventListener(type, dispatch);
  element._listeners = wanted._listeners;
  morphChildren(element, wanted);
  const value = (wanted as WithValue)._value;
  if (value !== undefined && (element as WithValue).value !== value) (element as WithValue).value = value;
}

/**
 * Each wanted child takes the first unused node of the same name, in order (a conditional sibling
 * that appears or goes does not cost the nodes after it their state); the rest goes. A node taken
 * from further on is moved into place, which blurs it if it had the focus: in the panels, the
 * fields that keep the focus while the user types come before anything conditional.
 */
function morphChildren(current: Node, next: Node): void {
  const unused = [...current.childNodes];
  [...next.childNodes].forEach((child, index) => {
    const at = current.childNodes[index] ?? null;
    const match = unused.findIndex((node) => node.nodeName === child.nodeName);
    if (match < 0) {
      current.insertBefore(child, at);
      return;
    }
    const node = unused.splice(match, 1)[0] as Node;
    morph(node, child);
    if (node !== at) current.insertBefore(node, at);
  });
  for (const node of unused) current.removeChild(node);
}

/** Renders `vnode` into `container` (null: empties it), as Preact's `render` does. */
export function render(vnode: unknown, container: Element): void {
  const root = roots.get(container) ?? { vnode, instances: new Map() };
  root.vnode = vnode;
  roots.set(container, root);
  const context: BuildContext = { root, container, seen: new Map(), path: '', count: 0 };
  const fresh = document.createDocumentFragment();
  build(vnode, fresh, context, false);
  for (const [place, instance] of root.instances) if (!context.seen.has(place)) instance._container = null;
  root.instances = context.seen;
  morphChildren(container, fresh);
}
