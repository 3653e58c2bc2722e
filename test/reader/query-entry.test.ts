/**
 * `queryEntry` and `queryEntryAll` try an entry's alternatives in order (the first that matches
 * wins, even when a later one matches an earlier element), under both parsers the reader runs on,
 * and stop at the first that matches.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { queryEntry, queryEntryAll } from '../../lib/reader/dom';
import type { SelectorEntry } from '../../lib/reader/selectors';

const PARSERS = {
  'happy-dom': (source: string) => new DOMParser().parseFromString(source, 'text/html'),
  linkedom: (source: string) => parseHTML(source).document as unknown as Document,
};

const entry = (...css: string[]): SelectorEntry => css.map((selector) => ({ css: selector, seen: '' }));

const PAGE = `<main>
  <p class="older" id="o1">older, first in the page</p>
  <p class="oldest" id="x1">oldest</p>
  <p class="newest" id="n1">newest, later in the page</p>
  <p class="newest" id="n2">newest again</p>
</main>`;

/** Counts the queries made on `document` and its elements. */
function counted(document: Document): { queries: () => number } {
  let queries = 0;
  const count = <T extends object>(target: T, name: 'querySelector' | 'querySelectorAll') => {
    const original = (target as Record<string, (selector: string) => unknown>)[name];
    Object.defineProperty(target, name, {
      configurable: true,
      value(this: unknown, selector: string) {
        queries++;
        return original?.call(this, selector);
      },
    });
  };
  count(document, 'querySelector');
  count(document, 'querySelectorAll');
  return { queries: () => queries };
}

describe.each(Object.entries(PARSERS))('queryEntry under %s', (_name, parse) => {
  test('the first alternative that matches wins, not the first element in the page', () => {
    const document = parse(PAGE);
    expect(queryEntry(document, 'x', entry('.newest', '.older', '.oldest'))).toMatchObject({
      element: { id: 'n1' },
      evidence: 'x#0',
    });
    expect(queryEntry(document, 'x', entry('.absent', '.oldest', '.older'))).toMatchObject({
      element: { id: 'x1' },
      evidence: 'x#1',
    });
    expect(queryEntry(document, 'x', entry('.absent', '.gone', '.older'))?.evidence).toBe('x#2');
    expect(queryEntryAll(document, 'x', entry('.absent', '.gone', '.newest')).map((m) => m.element.id)).toEqual([
      'n1',
      'n2',
    ]);
  });

  test('nothing matches: null and an empty list', () => {
    const document = parse(PAGE);
    expect(queryEntry(document, 'x', entry('.a', '.b', '.c'))).toBeNull();
    expect(queryEntryAll(document, 'x', entry('.a', '.b'))).toEqual([]);
  });

  test('an entry whose first alternative matches costs one query', () => {
    const document = parse(PAGE);
    const { queries } = counted(document);
    queryEntry(document, 'x', entry('.newest', '.b', '.c'));
    expect(queries()).toBe(1);
  });
});
