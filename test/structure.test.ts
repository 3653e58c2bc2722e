/**
 * The shape of lib/: no module imports itself back through others (an import circle makes the
 * order modules start in matter, and a layer that needs the one above it is no longer a layer),
 * and no module grows past what one reader can hold, except the tables that are data.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const LIB = join(ROOT, 'lib');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The lib/ modules a module imports (type-only imports too: a circle of types is a circle of ideas). */
function importsOf(file: string, known: Set<string>): string[] {
  const source = readFileSync(file, 'utf8');
  const specs = [...source.matchAll(/\b(?:import|export)\s[^;]*?\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
  return specs.flatMap((spec) => {
    const base = resolve(dirname(file), spec ?? '');
    const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => known.has(candidate));
    return found ? [found] : [];
  });
}

const FILES = sources(LIB);
const KNOWN = new Set(FILES);
const GRAPH = new Map(FILES.map((file) => [file, importsOf(file, KNOWN)]));
const name = (file: string) => relative(ROOT, file);

test('lib/ has no import circle', () => {
  const done = new Set<string>();
  const circles: string[] = [];
  const visit = (file: string, path: string[]): void => {
    const at = path.indexOf(file);
    if (at !== -1) {
      circles.push([...path.slice(at), file].map(name).join(' → '));
      return;
    }
    if (done.has(file)) return;
    for (const next of GRAPH.get(file) ?? []) visit(next, [...path, file]);
    done.add(file);
  };
  for (const file of FILES) visit(file, []);
  expect(circles).toEqual([]);
});

test('the walk finds imports (it would see a circle)', () => {
  const state = join(LIB, 'background/state.ts');
  expect(GRAPH.get(state)?.map(name)).toContain('lib/background/ledger-store.ts');
  expect(GRAPH.get(join(LIB, 'protocol/ask.ts'))?.map(name)).toContain('lib/protocol/requests.ts');
});

/**
 * Tables that are data, one entry after another: the LinkedIn markup registry, the evaluator's
 * rules and claims, the composer's word lists and the texts in each language.
 */
const DATA_TABLES = [
  'lib/reader/selectors.ts',
  'lib/evaluator/rulebook.ts',
  'lib/evaluator/claims.ts',
  'lib/composer/word-lists.ts',
  /^lib\/messages\/(en|de|fr|es|pt-BR)\.ts$/,
];
const MAX_LINES = 300;

test(`no module in lib/ is longer than ${MAX_LINES} lines, except the data tables`, () => {
  const long = FILES.map((file) => [name(file), readFileSync(file, 'utf8').split('\n').length] as const)
    .filter(
      ([file, lines]) =>
        lines > MAX_LINES && !DATA_TABLES.some((t) => (typeof t === 'string' ? t === file : t.test(file))),
    )
    .map(([file, lines]) => `${file}: ${lines} lines`);
  expect(long).toEqual([]);
});
