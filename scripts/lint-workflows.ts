// `npm run lint:workflows` (part of `npm test`): every workflow in .github/workflows/ (or the files
// given as arguments) checked with GitHub's own workflow parser (@actions/workflow-parser, the
// schema and expression rules behind the Actions editor support): unknown or misplaced keys, wrong
// value types, broken `${{ }}` expressions, jobs that need jobs that do not exist. A workflow that
// fails here would fail on GitHub too, so it fails the local run first.
// Run through tsx: the parser imports its schema JSON in a way plain Node refuses.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';

const WORKFLOWS_DIR = join(import.meta.dirname, '..', '.github', 'workflows');

/** The problems GitHub's parser finds in one workflow's text, each as `name (line:column): message`. */
async function lintWorkflow(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  // The conversion checks what the schema alone cannot: job graph, events, concurrency, cron.
  if (parsed.value) await convertWorkflowTemplate(parsed.context, parsed.value);
  return parsed.context.errors.getErrors().map((error) => {
    const at = error.range ? ` (${error.range.start.line}:${error.range.start.column})` : '';
    return `${name}${at}: ${error.rawMessage}`;
  });
}

const given = process.argv.slice(2);
const files =
  given.length > 0
    ? given
    : readdirSync(WORKFLOWS_DIR)
        .filter((file) => /\.ya?ml$/.test(file))
        .sort()
        .map((file) => join(WORKFLOWS_DIR, file));
if (files.length === 0) {
  console.error(`lint:workflows: no workflow in ${relative(process.cwd(), WORKFLOWS_DIR)}`);
  process.exit(1);
}
let problems = 0;
for (const file of files) {
  const name = relative(process.cwd(), file);
  const found = await lintWorkflow(name, readFileSync(file, 'utf8'));
  problems += found.length;
  for (const problem of found) console.error(`  ${problem}`);
  console.info(`lint:workflows: ${name}: ${found.length === 0 ? 'valid' : `${found.length} problems`}`);
}
if (problems > 0) process.exit(1);
