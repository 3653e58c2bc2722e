/**
 * What `npm run explain` reads and writes in Node: files from disk, pages parsed by linkedom,
 * text to stdout and stderr. Its own module so that the test comparing the CLI with the browser
 * (test/e2e/explain-parity.e2e.ts) parses pages exactly as the CLI does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { ExplainIo } from '../lib/cli/explain';

/**
 * linkedom's tree of `html`, brought to what a browser builds from the same file where the reader
 * would notice the difference (linkedom 0.18.14, 2026-12):
 * - a browser parses with scripting on, so a `<noscript>` holds only text, which the reader never
 *   reads; linkedom parses elements in it, and the reader would find them;
 * - an HTML parser lower-cases attribute names (`COMPONENTKEY=` is `componentkey`); linkedom keeps
 *   them as written, and no selector matches. The first of two same-named attributes wins.
 */
export function parseLikeABrowser(html: string): Document {
  const { document } = parseHTML(html);
  for (const noscript of document.querySelectorAll('noscript')) noscript.remove();
  for (const element of document.querySelectorAll('*')) {
    const seen = new Set<string>();
    for (const { name, value } of [...element.attributes]) {
      const lower = name.toLowerCase();
      if (lower !== name) element.removeAttribute(name);
      if (seen.has(lower)) continue;
      seen.add(lower);
      if (lower !== name) element.setAttribute(lower, value);
    }
  }
  return document as unknown as Document;
}

export const explainIo: ExplainIo = {
  readFile: (path) => readFileSync(path),
  exists: (path) => existsSync(path),
  parseHtml: parseLikeABrowser,
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  samplePath: join(import.meta.dirname, '../test/fixtures/second-degree-message-primary.html'),
};
