/**
 * Every LinkedIn selector lives in lib/reader/selectors.ts and is read through its entries: no
 * string in the extension's code outside the registry looks like a selector of LinkedIn's markup
 * (a role, an aria attribute, a `msg-` or `artdeco` class, a componentkey, a data-test hook, an
 * href pattern, an icon id, the interop outlet). Comments are not strings: the scan reads the
 * code's string and template literals with TypeScript's own parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { extensionSourceFiles, ROOT } from '../helpers/source-files';

const REGISTRY_FILE = 'lib/reader/selectors.ts';

/** What makes a string a selector of LinkedIn's markup. */
const LINKEDIN_HOOK =
  /\[(?:role|aria-|componentkey|data-test|data-view-name|data-sdui)|\.(?:msg-|artdeco|send-invite|pv-)|\ba\[href|svg#|#interop|li-icon\[/;

/**
 * LockLens's own elements and classes, which it may query by name: its hosts' tags and `ll-`
 * classes. Kept short on purpose: a LinkedIn hook never belongs here.
 */
const ALLOWED = [/^\.ll-[\w-]+(?:\s|$)/, /^aside-note-[\w-]+(?:\s|$)/];

function literals(source: string, file = 'sample.ts'): { text: string; line: number }[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: { text: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      const text = node.text;
      found.push({ text, line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** The selector-shaped strings of a source file, each with its line. */
function selectorLiterals(source: string, file?: string): { text: string; line: number }[] {
  return literals(source, file).filter(
    ({ text }) => LINKEDIN_HOOK.test(text) && !ALLOWED.some((allowed) => allowed.test(text.trim())),
  );
}

describe('the scanner', () => {
  test('finds a LinkedIn selector in a string, a template or a JSX attribute, not in comments', () => {
    const sample = [
      '// a comment naming #interop-outlet and [role="dialog"] is fine',
      '/** `.msg-form` in a doc comment too */',
      'const a = root.querySelector(\'[role="dialog"]\');',
      'const b = form.closest(`.msg-overlay-conversation-bubble`);',
      'const c = element.matches(\'a[href*="/in/"]\');',
      'const d = <div data-css="svg#clock-small" />;',
      // A template with a placeholder: its head is scanned too.
      ['const e = `', '$', '{prefix} .artdeco-modal__actionbar button`;'].join(''),
    ].join('\n');
    expect(selectorLiterals(sample).map((found) => found.line)).toEqual([3, 4, 5, 6, 7]);
  });

  test('lets LockLens’s own elements and plain words through', () => {
    const sample = [
      "host.querySelector('.ll-chip');",
      "document.querySelectorAll('aside-note-card');",
      "const text = 'Message locked · why?';",
      "element.closest('a, button');",
      "const key = 'aria-label';",
    ].join('\n');
    expect(selectorLiterals(sample)).toEqual([]);
  });
});

const CODE_FILES = extensionSourceFiles().filter((file) => /\.tsx?$/.test(file) && file !== REGISTRY_FILE);

test.each(CODE_FILES)('%s holds no LinkedIn selector outside the registry', (file) => {
  const found = selectorLiterals(readFileSync(join(ROOT, file), 'utf8'), file);
  expect(found.map(({ text, line }) => `${file}:${line} ${text}`)).toEqual([]);
});
