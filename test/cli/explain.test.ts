import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { type ExplainIo, runExplain } from '../../lib/cli/explain';
import { FIXTURE_CASES } from '../fixtures/profiles.expected';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures');
const SIGNAL_KEYS = [
  'degree',
  'messageAction',
  'connect',
  'pending',
  'followPrimary',
  'premiumBadge',
  'verified',
  'photo',
  'connections',
  'followers',
  'mutualConnections',
  'openToWork',
  'about',
  'activity',
  'language',
];

function run(argv: string[], files: Record<string, Buffer> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: ExplainIo = {
    readFile: (path) => files[path] ?? readFileSync(path),
    exists: (path) => path in files || existsSync(path),
    parseHtml: (html) => parseHTML(html).document as unknown as Document,
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    samplePath: join(FIXTURES, 'second-degree-message-primary.html'),
  };
  const code = runExplain(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run explain', () => {
  test.each(FIXTURE_CASES.filter((c) => c.page === 'profile'))('--json on $file prints the contract', (fixture) => {
    const { code, out } = run([join(FIXTURES, fixture.file), '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.page).toBe('profile');
    expect(Object.keys(json.signals)).toEqual(expect.arrayContaining(SIGNAL_KEYS));
    expect(json.signals).toEqual(fixture.signals);
    expect(['free', 'locked', 'unknown']).toContain(json.verdict.messaging);
    for (const cause of json.verdict.causes) {
      // `basis` where the claim's source can be named (a LinkedIn Help answer, the sites reporting it).
      expect(
        Object.keys(cause)
          .filter((key) => key !== 'basis')
          .sort(),
      ).toEqual(['confidence', 'evidence', 'id', 'source']);
    }
    expect(json.verdict.nextSteps.length).toBeGreaterThan(0);
    for (const step of json.verdict.nextSteps)
      expect(step).toMatchObject({ id: expect.any(String), why: expect.any(Object) });
  });

  test('says which alternative of each selector entry it went by, and when that markup was seen', () => {
    const current = run([join(FIXTURES, 'second-degree-message-primary.html')]).out;
    expect(current).toMatch(/Markup it went by/);
    expect(current).toMatch(/^ {2}topCard +1 of 3 {2}seen 2026-03 profile pages/m);
    const legacy = run([join(FIXTURES, 'legacy-ember-2025.html')]).out;
    expect(legacy).toMatch(/^ {2}topCard +3 of 3 {2}seen 2025-12 Ember/m);
    const json = JSON.parse(run([join(FIXTURES, 'legacy-ember-2025.html'), '--json']).out);
    expect(json.markup[0]).toMatchObject({ evidence: 'topCard#2', entry: 'topCard', index: 2, of: 3 });
    const named = Object.values(json.evidence as Record<string, string[]>).flat();
    for (const m of json.markup.slice(1)) expect(named).toContain(m.evidence);
  });

  test('without a file, explains the bundled sample and says so', () => {
    const { code, out } = run([]);
    expect(code).toBe(0);
    expect(out).toMatch(/No file given: explaining the bundled sample profile/);
    expect(out).toMatch(/Message locked/);
    expect(out).toMatch(/Next steps, cheapest first:/);
  });

  test('the plan changes the advice', () => {
    const file = join(FIXTURES, 'third-degree-message-primary.html');
    const free = JSON.parse(run([file, '--json']).out);
    const business = JSON.parse(run([file, '--json', '--plan', 'premium-business']).out);
    const ids = (v: { verdict: { nextSteps: { id: string }[] } }) => v.verdict.nextSteps.map((s) => s.id);
    expect(ids(free)).toContain('upgrade');
    expect(ids(free)).not.toContain('send-inmail');
    expect(ids(business)).toContain('send-inmail');
    expect(ids(business)).not.toContain('upgrade');
  });

  test.each([
    ['a missing file', ['/nowhere/page.html'], {}, 2, /no such file/],
    [
      'a binary file',
      ['photo.png'],
      { 'photo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]) },
      2,
      /not an HTML page/,
    ],
    ['a text file', ['notes.txt'], { 'notes.txt': Buffer.from('Dana Example, 2nd degree') }, 2, /not an HTML page/],
    ['an unknown plan', ['x.html', '--plan', 'gold'], {}, 2, /unknown plan "gold": use one of free, premium-career/],
    ['an unknown option', ['--fast'], {}, 2, /unknown option --fast/],
    ['a feed page', [join(FIXTURES, 'not-a-profile.html')], {}, 1, /not a LinkedIn profile/],
    [
      'a profile saved before its top card loaded',
      [join(FIXTURES, 'top-card-missing.html')],
      {},
      1,
      /top card is missing/,
    ],
  ])('refuses %s with a clear message and no stack trace', (_label, argv, files, exitCode, message) => {
    const { code, err } = run(argv as string[], files as Record<string, Buffer>);
    expect(code).toBe(exitCode);
    expect(err).toMatch(message as RegExp);
    expect(err).not.toMatch(/\n\s+at /);
  });

  test('--json on a non-profile page prints why', () => {
    const { code, out } = run([join(FIXTURES, 'not-a-profile.html'), '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({ page: 'unrecognized', reason: 'not-a-profile-page' });
  });

  test('reads a 1.5 MB saved page', () => {
    const page = readFileSync(join(FIXTURES, 'first-degree.html'), 'utf8');
    const filler =
      '<div class="_0f0f0f0f"><p>Post text in the activity feed · 2nd</p><a href="/in/someone-else/">x</a></div>\n';
    const big = page.replace('</main>', `${filler.repeat(Math.ceil(1_500_000 / filler.length))}</main>`);
    expect(big.length).toBeGreaterThan(1_500_000);
    const started = performance.now();
    const { code, out } = run(['big.html', '--json'], { 'big.html': Buffer.from(big) });
    console.info(
      `explain on a ${(big.length / 1e6).toFixed(1)} MB page: ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(code).toBe(0);
    expect(JSON.parse(out).signals.degree).toBe('1st');
  });

  test('runs as a real command', () => {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/explain.ts', 'test/fixtures/pending.html', '--json'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(JSON.parse(out).verdict.causes[0].id).toBe('invitation-pending');
  });
});
