// @vitest-environment node
/**
 * The hosted CI (.github/workflows/ci.yml) and Dependabot's configuration: the workflow passes
 * GitHub's own parser (`npm run lint:workflows`) and a broken copy does not; its jobs run what the
 * issue and the README promise (the same commands as .ci/run, the real audit, the release zips on
 * tags); Dependabot moves WXT, Vite and Vitest together and leaves the pinned linkedom alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { releaseZips } from '../../scripts/release-lib';
import { FAILURE_SCREENSHOTS_DIR } from '../e2e/harness/failure-screenshots';

const ROOT = join(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  if?: string;
  needs?: string[];
  container?: { image: string };
  permissions?: Record<string, string>;
  steps: Step[];
}

const CI_TEXT = read('.github/workflows/ci.yml');
const ci = parse(CI_TEXT) as {
  on: { push: { branches: string[]; tags: string[] }; pull_request: unknown };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
};
const runs = (job: Job) => job.steps.flatMap((step) => (step.run ? [step.run.trim()] : []));
const packageJson = JSON.parse(read('package.json')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
  overrides: Record<string, string>;
};

/** `npm run lint:workflows`, on the given files or on .github/workflows/ (as `npm test` runs it). */
function lintWorkflows(files: string[] = []) {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/lint-workflows.ts', ...files],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Copies of ci.yml each broken in one way, with what GitHub's parser must say about it. */
const BROKEN: [string, string, string, RegExp][] = [
  ['misspelt-key', 'runs-on: ubuntu-latest', 'runs_on: ubuntu-latest', /Unexpected value 'runs_on'/],
  ['unknown-needs', 'needs: [test, audit]', 'needs: [test, audits]', /unknown job 'audits'/],
  ['broken-expression', "startsWith(github.ref, 'refs/tags/v')", "startsWith(github.ref, 'refs/tags/v'", /EOF/],
  ['unknown-context', 'github.token }}', 'gitub.token }}', /Unrecognized named-value: 'gitub'/],
  ['not-a-number', 'timeout-minutes: 10', 'timeout-minutes: ten', /Unexpected value 'ten'/],
  ['unknown-event', '  pull_request:\n', '  pull-request:\n', /Unexpected value 'pull-request'/],
];

describe('npm run lint:workflows', () => {
  const temp = mkdtempSync(join(tmpdir(), 'locklens-workflows-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  test('finds no problem in the workflows with GitHub’s parser', () => {
    const { status, output } = lintWorkflows();
    expect(output).toContain('.github/workflows/ci.yml: valid');
    expect(status).toBe(0);
  }, 30_000);

  test('fails on copies broken in any of several ways, each with its reason', () => {
    const files = BROKEN.map(([name, good, broken]) => {
      expect(CI_TEXT, name).toContain(good);
      const file = join(temp, `${name}.yml`);
      writeFileSync(file, CI_TEXT.replace(good, broken));
      return file;
    });
    const { status, output } = lintWorkflows(files);
    expect(status).toBe(1);
    for (const [name, , , message] of BROKEN) {
      const lines = output.split('\n').filter((line) => line.includes(`${name}.yml`));
      expect(lines.join('\n'), name).toMatch(message);
      expect(lines.join('\n'), name).not.toContain(': valid');
    }
  }, 30_000);

  test('runs inside `npm test`, and .ci/run reaches it only through `npm test`', () => {
    expect(packageJson.scripts['lint:workflows']).toBe('tsx scripts/lint-workflows.ts');
    expect(packageJson.scripts.test).toMatch(/^npm run lint && npm run lint:workflows && /);
    const ciRun = read('.ci/run');
    expect(ciRun).toMatch(/^npm test$/m);
    expect(ciRun).not.toContain('lint:workflows');
  });
});

describe('.github/workflows/ci.yml', () => {
  test('runs on every push and pull request, and on version tags; reads only, unless a job says otherwise', () => {
    expect(ci.on.push.branches).toEqual(['**']);
    expect(ci.on.push.tags).toEqual(['v*']);
    expect('pull_request' in ci.on).toBe(true);
    expect(ci.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(ci.jobs).sort()).toEqual(['audit', 'release', 'test']);
    for (const job of Object.values(ci.jobs)) expect(job['runs-on']).toBe('ubuntu-latest');
  });

  test('the test job runs .ci/run (browsers, `npm ci`, `npm test`) on Debian with Node 20', () => {
    const job = ci.jobs.test as Job;
    expect(job.container?.image).toMatch(/^node:20-bookworm$/);
    expect(runs(job)).toContain('bash .ci/run');
    const ciRun = read('.ci/run');
    for (const command of ['apt-get install', 'chromium', 'firefox-esr', 'firefox-esr-l10n-de', 'npm ci', 'npm test']) {
      expect(ciRun).toContain(command);
    }
  });

  test('the test job uploads the end-to-end failure screenshots when it fails', () => {
    const upload = (ci.jobs.test as Job).steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.if).toBe('failure()');
    expect(upload?.with?.path).toBe(`${FAILURE_SCREENSHOTS_DIR}/`);
    expect(read('.gitignore')).toMatch(new RegExp(`^/${FAILURE_SCREENSHOTS_DIR.split('/')[0]}/$`, 'm'));
  });

  test('the audit job runs the real `npm audit` on production dependencies, failing at high', () => {
    const job = ci.jobs.audit as Job;
    expect(runs(job)).toEqual(['npm audit --omit=dev --audit-level=high']);
    expect(job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with).toEqual({
      'node-version': 20,
    });
  });

  test('the release job runs on version tags after both others, alone may write, and attaches the three zips', () => {
    const job = ci.jobs.release as Job;
    expect(job.if).toBe("startsWith(github.ref, 'refs/tags/v')");
    expect(job.needs).toEqual(['test', 'audit']);
    expect(job.permissions).toEqual({ contents: 'write' });
    for (const other of [ci.jobs.test, ci.jobs.audit]) expect(other?.permissions).toBeUndefined();
    const commands = runs(job);
    expect(commands).toContain('npm ci --no-audit --no-fund');
    expect(commands).toContain('npm run release');
    // The files scripts/release-lib.ts names, with the version taken from the tag.
    const zips = releaseZips(ROOT);
    const attach = commands.find((command) => command.includes('gh release upload')) ?? '';
    for (const file of [zips.chrome, zips.firefox, zips.sources]) {
      expect(attach).toContain(`.output/${basename(file).replace(zips.version, '$version')}`);
    }
  });
});

describe('.github/dependabot.yml', () => {
  const dependabot = parse(read('.github/dependabot.yml')) as {
    updates: {
      'package-ecosystem': string;
      groups?: Record<string, { patterns: string[] }>;
      ignore?: { 'dependency-name': string; 'update-types'?: string[] }[];
    }[];
  };
  const npm = dependabot.updates.find((update) => update['package-ecosystem'] === 'npm');
  /** Dependabot's patterns: `*` stands for any characters. */
  const matches = (pattern: string, name: string) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\/]/g, '\\$&').replace(/\*/g, '.*')}$`).test(name);

  test('updates npm packages and GitHub Actions', () => {
    expect(dependabot.updates.map((update) => update['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });

  test('moves WXT, Vite and Vitest (and their plugins) in one group', () => {
    const toolchain = ['wxt', 'vite', 'vitest', '@vitest/coverage-v8', '@wxt-dev/browser'];
    const groups = Object.values(npm?.groups ?? {});
    const group = groups.find(({ patterns }) => toolchain.every((name) => patterns.some((p) => matches(p, name))));
    expect(group, 'one group covering wxt, vite, vitest, @vitest/*, @wxt-dev/*').toBeDefined();
    for (const name of Object.keys(packageJson.devDependencies).filter((dep) => /^(@wxt-dev\/|@vitest\/)/.test(dep))) {
      expect(
        group?.patterns.some((p) => matches(p, name)),
        name,
      ).toBe(true);
    }
  });

  test('leaves the pinned linkedom to people, who find the reason in CONTRIBUTING.md', () => {
    expect(packageJson.overrides.linkedom).toBeDefined();
    expect(npm?.ignore?.find((rule) => rule['dependency-name'] === 'linkedom')).toEqual({
      'dependency-name': 'linkedom',
    });
    expect(read('CONTRIBUTING.md')).toContain(`"linkedom": "${packageJson.overrides.linkedom}"`);
  });
});
