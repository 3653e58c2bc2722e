/** The evaluator stays pure: nothing under lib/evaluator/ imports the DOM, the browser or storage. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const DIR = join(import.meta.dirname, '../../lib/evaluator');

test.each(readdirSync(DIR))('lib/evaluator/%s imports only pure modules', (file) => {
  const source = readFileSync(join(DIR, file), 'utf8');
  // Type-only imports are erased from the build: they cannot bring the DOM or storage in.
  const imports = [...source.matchAll(/\b(?:import|export)\s+(type\s)?[^;]*?\bfrom\s+['"]([^'"]+)['"]/g)]
    .filter((m) => !m[1])
    .map((m) => m[2]);
  // The limits table (the warning threshold's default) is pure too: test/pace/purity.test.ts.
  for (const spec of imports) {
    expect(spec, `${file} imports ${spec}: keep the evaluator free of DOM, browser and storage`).toMatch(
      /^\.\/|^\.\.\/signals$|^\.\.\/pace\/limits$/,
    );
  }
  expect(source).not.toMatch(/\b(document|window|browser|chrome|localStorage|storage)\./);
});
