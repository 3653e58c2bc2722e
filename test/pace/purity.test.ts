/** The pace arithmetic stays pure: nothing under lib/pace/ imports the DOM, the browser or storage. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const DIR = join(import.meta.dirname, '../../lib/pace');
const PURE = /^\.\/[a-z-]+$|^\.\.\/(evaluator\/types|evaluator\/claims|composer\/types|zod|hash)$/;

test.each(readdirSync(DIR))('lib/pace/%s imports only pure modules', (file) => {
  const source = readFileSync(join(DIR, file), 'utf8');
  const imports = [...source.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
  for (const spec of imports) {
    expect(spec, `${file} imports ${spec}: keep the pace ledger free of DOM, browser and storage`).toMatch(PURE);
  }
  // Comments may name what the code must not touch.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  expect(code).not.toMatch(/\b(document|window|browser|chrome|localStorage|storage)\./);
  // Time comes in as `now`: the functions stay deterministic.
  expect(code).not.toMatch(/\bDate\.now\(|new Date\(\)/);
});

test('lib/pace/ has no import cycle: each module imports only modules below it', () => {
  const imports = new Map<string, string[]>();
  for (const file of readdirSync(DIR)) {
    const source = readFileSync(join(DIR, file), 'utf8');
    const local = [...source.matchAll(/from\s+['"]\.\/([a-z-]+)['"]/g)].map((m) => `${m[1]}.ts`);
    imports.set(file, local);
  }
  const done = new Set<string>();
  const visit = (file: string, path: string[]): void => {
    expect(path, `import cycle: ${[...path, file].join(' → ')}`).not.toContain(file);
    if (done.has(file)) return;
    for (const next of imports.get(file) ?? []) visit(next, [...path, file]);
    done.add(file);
  };
  for (const file of imports.keys()) visit(file, []);
});
