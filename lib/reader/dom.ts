/**
 * Small DOM helpers for the reader. They work on any `Document`/`Element` (the live page, or a
 * file parsed by linkedom/happy-dom) and decide visibility from markup only, never from layout,
 * so a saved page reads the same as the live one.
 */
import type { SelectorEntry } from './selectors';

export interface Match<E extends Element = Element> {
  element: E;
  /** `<entry>#<alternative index>`, e.g. `topCard#0`. */
  evidence: string;
}

/** The first element matching an entry's alternatives, tried in order. */
export function queryEntry(scope: ParentNode, name: string, entry: SelectorEntry): Match | null {
  for (const [index, alternative] of entry.entries()) {
    const element = scope.querySelector(alternative.css);
    if (element) return { element, evidence: `${name}#${index}` };
  }
  return null;
}

/** `element` or its nearest ancestor (in its own tree) matching an entry, its alternatives tried in order. */
export function closestEntry(element: Element, entry: SelectorEntry): Element | null {
  for (const alternative of entry) {
    const found = element.closest(alternative.css);
    if (found) return found;
  }
  return null;
}

/** All elements of the first alternative that matches anything. */
export function queryEntryAll(scope: ParentNode, name: string, entry: SelectorEntry): Match[] {
  for (const [index, alternative] of entry.entries()) {
    const elements = [...scope.querySelectorAll(alternative.css)];
    if (elements.length > 0) return elements.map((element) => ({ element, evidence: `${name}#${index}` }));
  }
  return [];
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Hidden by markup between `element` and `scope`: the `hidden` attribute or an inline style. */
export function isHiddenByMarkup(element: Element, scope: Element): boolean {
  for (let node: Element | null = element; node && node !== scope; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return true;
    const style = node.getAttribute('style');
    if (style && HIDDEN_STYLE.test(style)) return true;
  }
  return false;
}

/** Text with whitespace folded (incl. no-break spaces), as a reader sees it. */
export function foldedText(element: Element): string {
  // Script, style and template contents are not text anyone sees.
  let source: Element = element;
  // Most texts read are leaves (a <p>, a <strong>): no element inside, nothing to leave out.
  if (element.firstElementChild && element.querySelector('script, style, template, noscript')) {
    source = element.cloneNode(true) as Element;
    for (const hidden of source.querySelectorAll('script, style, template, noscript')) hidden.remove();
  }
  return (source.textContent ?? '').replace(/[\s\u00A0\u202F]+/g, ' ').trim();
}

/**
 * Where `element` sits under `scope`, as a string: one character per element on the way down,
 * its index among its element siblings. An ancestor's key is a prefix of its descendants' (so it
 * sorts first) and an earlier sibling's subtree sorts before a later one's: comparing keys is
 * comparing document order. It costs the element's depth and the siblings before it, not a walk
 * of the whole card.
 */
function treeKey(element: Element, scope: Element): string {
  let key = '';
  for (let node: Element | null = element; node && node !== scope; node = node.parentElement) {
    let index = 0;
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) index++;
    key = String.fromCharCode(index) + key;
  }
  return key;
}

/**
 * `elements` (inside `scope`) in document order. Not by `compareDocumentPosition`: linkedom, the
 * CLI's parser, answers it from the two elements' depths alone (0.18.14, 2026-12), so an element
 * after a deeper one's subtree came first and `npm run explain` disagreed with the browser.
 */
export function documentOrder(scope: Element, elements: readonly Element[]): Element[] {
  return [...elements].sort((a, b) => {
    const [first, second] = [treeKey(a, scope), treeKey(b, scope)];
    return first < second ? -1 : first > second ? 1 : 0;
  });
}
