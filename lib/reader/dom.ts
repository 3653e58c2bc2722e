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
  if (element.querySelector('script, style, template, noscript')) {
    source = element.cloneNode(true) as Element;
    for (const hidden of source.querySelectorAll('script, style, template, noscript')) hidden.remove();
  }
  return (source.textContent ?? '').replace(/[\s\u00A0\u202F]+/g, ' ').trim();
}

/** `elements` in document order (also where `compareDocumentPosition` is missing: linkedom). */
export function documentOrder(scope: Element, elements: readonly Element[]): Element[] {
  if (typeof scope.compareDocumentPosition === 'function') {
    // 4 = Node.DOCUMENT_POSITION_FOLLOWING (`Node` itself is not a global where the CLI parses pages).
    return [...elements].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
  }
  const all = [...scope.querySelectorAll('*')];
  const position = new Map(all.map((el, index) => [el, index]));
  return [...elements].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
}
