/**
 * `documentOrder` gives the browser's order under both parsers the reader runs on: happy-dom
 * (like the live page) and linkedom (`npm run explain`), whose `compareDocumentPosition` orders
 * elements of different depths by their depth alone (issue #27).
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { documentOrder } from '../../lib/reader/dom';

const PARSERS = {
  'happy-dom': (source: string) => new DOMParser().parseFromString(source, 'text/html'),
  linkedom: (source: string) => parseHTML(source).document as unknown as Document,
};

const ids = (elements: readonly Element[]) => elements.map((element) => element.id);

/** A random tree of divs, every element with an id in document order (e0, e1, …). */
const treeHtml = fc.integer({ min: 1, max: 40 }).chain((size) =>
  fc.array(fc.integer({ min: 0, max: 3 }), { minLength: size, maxLength: size }).map((closes) => {
    let html = '';
    let open = 0;
    closes.forEach((close, index) => {
      html += `<div id="e${index}">`;
      open++;
      // Close some of the open elements before the next one: siblings, cousins, deeper and shallower nodes.
      for (let n = 0; n < close && open > 0; n++, open--) html += '</div>';
    });
    return { html: `<main id="scope">${html}${'</div>'.repeat(open)}</main>`, size };
  }),
);

describe.each(Object.entries(PARSERS))('documentOrder via %s', (_parser, parse) => {
  test('an element that comes after a deeper element’s subtree comes after it (the Follow-first row)', () => {
    const page = parse(`<section id="scope">
      <div><div componentkey="uuid"><div data-display-contents><button id="follow"><svg></svg></button></div></div></div>
      <div><div data-display-contents><a id="message"></a></div></div>
      <div id="more"></div>
    </section>`);
    const scope = page.getElementById('scope') as Element;
    const [follow, message, more] = ['follow', 'message', 'more'].map((id) => page.getElementById(id) as Element);
    expect(ids(documentOrder(scope, [more as Element, message as Element, follow as Element]))).toEqual([
      'follow',
      'message',
      'more',
    ]);
  });

  test('an ancestor comes before its descendants; the same element twice stays twice', () => {
    const page = parse('<div id="scope"><p id="outer"><b id="inner"></b></p><i id="after"></i></div>');
    const scope = page.getElementById('scope') as Element;
    const [outer, inner, after] = ['outer', 'inner', 'after'].map((id) => page.getElementById(id) as Element);
    expect(ids(documentOrder(scope, [after, inner, outer, inner] as Element[]))).toEqual([
      'outer',
      'inner',
      'inner',
      'after',
    ]);
  });

  test('any elements of any tree come back in the order the tree lists them', () => {
    fc.assert(
      fc.property(
        treeHtml.chain(({ html, size }) =>
          fc.record({
            html: fc.constant(html),
            picked: fc.shuffledSubarray([...Array(size).keys()], { minLength: 1 }),
          }),
        ),
        ({ html, picked }) => {
          const page = parse(html);
          const scope = page.getElementById('scope') as Element;
          const elements = picked.map((index) => page.getElementById(`e${index}`) as Element);
          const expected = [...scope.querySelectorAll('[id]')].filter((element) => elements.includes(element));
          expect(ids(documentOrder(scope, elements))).toEqual(ids(expected));
        },
      ),
      { seed: 20261227, numRuns: 200 },
    );
  });
});
