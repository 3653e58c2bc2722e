/** The pace arithmetic stays pure: nothing under lib/pace/ imports the DOM, the browser or storage. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const DIR = join(import.meta.dirname, '../../lib/pace');
const PURE = /^\.\/[a-z-]+$|^\.\.\/(evaluator\/types|zod|hash)$/;

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
