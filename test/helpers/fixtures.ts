import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function fixtureHtml(file: string): string {
  return readFileSync(join(import.meta.dirname, '../fixtures', file), 'utf8');
}

/** Loads a fixture into the test's own document (happy-dom), as the live page would be. */
export function loadIntoDocument(file: string): void {
  const parsed = new DOMParser().parseFromString(fixtureHtml(file), 'text/html');
  document.documentElement.setAttribute('lang', parsed.documentElement.getAttribute('lang') ?? '');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
}
