/** The evaluator stays pure: nothing under lib/evaluator/ imports the DOM, the browser or storage. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const DIR = join(import.meta.dirname, '../../lib/evaluator');

test.each(readdirSync(DIR))('lib/evaluator/%s imports only pure modules', (file) => {
  const source = readFileSync(join(DIR, file), 'utf8');
  const imports = [...source.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
  for (const spec of imports) {
    expect(spec, `${file} imports ${spec}: keep the evaluator free of DOM, browser and storage`).toMatch(
      /^\.\/|^\.\.\/signals$/,
    );
  }
  expect(source).not.toMatch(/\b(document|window|browser|chrome|localStorage|storage)\./);
});
