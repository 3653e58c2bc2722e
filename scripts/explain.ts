// `npm run explain -- FILE.html [--plan PLAN] [--json]`: see lib/cli/explain.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { runExplain } from '../lib/cli/explain';
import { EN } from '../lib/messages/en';
import { useCatalogue } from '../lib/messages/format';

useCatalogue(EN);

process.exitCode = runExplain(process.argv.slice(2), {
  readFile: (path) => readFileSync(path),
  exists: (path) => existsSync(path),
  parseHtml: (html) => parseHTML(html).document as unknown as Document,
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  samplePath: join(import.meta.dirname, '../test/fixtures/second-degree-message-primary.html'),
});
