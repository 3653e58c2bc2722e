/**
 * The release steps, shared by `npm run release` (scripts/release.ts) and its end-to-end test
 * (test/e2e/release.e2e.ts): build and zip both browsers with WXT, give the Firefox sources zip its
 * build instructions, lint the Firefox zip with web-ext against the one allowlist, and hash all three.
 * Every zip is reproducible: WXT writes its entries sorted with a fixed 1980 date, and the sources
 * zip is rewritten here the same way.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';

export const ROOT = join(import.meta.dirname, '..');

/** What the release was made and checked with; the sources README names them for AMO's reviewers. */
export const BUILD_TOOLS = { node: '20.19 or later (checked with 20.20.2)', npm: '10 or later (checked with 11.19.1)' };

export interface ReleaseZips {
  version: string;
  chrome: string;
  firefox: string;
  sources: string;
}

export function packageVersion(root = ROOT): string {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`package.json's version must be MAJOR.MINOR.PATCH for the stores, not ${String(version)}`);
  }
  return version;
}

/** The zips WXT writes (its default names), for package.json's version. */
export function releaseZips(root = ROOT): ReleaseZips {
  const version = packageVersion(root);
  const out = (suffix: string) => join(root, '.output', `locklens-${version}-${suffix}.zip`);
  return { version, chrome: out('chrome'), firefox: out('firefox'), sources: out('sources') };
}

function runNode(root: string, script: string, args: string[], quiet = false): string {
  const result = spawnSync(process.execPath, [join(root, 'node_modules', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    // A release is a production build whatever the shell says: under NODE_ENV=test or development,
    // Preact's JSX transform turns to its dev runtime and writes absolute source paths into the
    // bundles. web-ext would otherwise look for a newer version of itself on the network.
    env: { ...process.env, NODE_ENV: 'production', NO_UPDATE_NOTIFIER: '1' },
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0 && !quiet) throw new Error(`${script} ${args.join(' ')} exited with ${result.status}`);
  return result.stdout ?? '';
}

/** `wxt zip` for Chrome, then for Firefox (MV3), which also writes the sources zip. */
export function buildZips(root = ROOT, quiet = false): ReleaseZips {
  const zips = releaseZips(root);
  for (const file of [zips.chrome, zips.firefox, zips.sources]) rmSync(file, { force: true });
  runNode(root, 'wxt/bin/wxt.mjs', ['zip'], quiet);
  runNode(root, 'wxt/bin/wxt.mjs', ['zip', '-b', 'firefox', '--mv3'], quiet);
  assertNoLocalPaths(zips.chrome, root);
  assertNoLocalPaths(zips.firefox, root);
  return zips;
}

/** Fails when a zip holds the machine's own paths (a dev build, or a leaked source map). */
export function assertNoLocalPaths(file: string, root = ROOT): void {
  const decoder = new TextDecoder();
  for (const [name, data] of Object.entries(readZip(file))) {
    if (/\.(js|html|json|css)$/.test(name) && decoder.decode(data).includes(root)) {
      throw new Error(`${file}: ${name} contains the local path ${root}: not a clean production build`);
    }
  }
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** The zip's files, by path. */
export function readZip(file: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(readFileSync(file)));
}

export function unzipTo(file: string, dir: string): string[] {
  const entries = readZip(file);
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    const target = join(dir, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  return Object.keys(entries).sort();
}

/**
 * Writes a zip the same way every time: entries sorted by path, one fixed date (1980-01-01
 * 00:00 in local time, which DOS dates store as such whatever the time zone), fixed attributes
 * and compression.
 */
export function writeDeterministicZip(file: string, entries: Record<string, Uint8Array>): void {
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  const sorted: Record<string, [Uint8Array, { mtime: Date; os: number; attrs: number }]> = {};
  for (const name of Object.keys(entries).sort()) {
    const data = entries[name];
    if (data && !name.endsWith('/')) sorted[name] = [data, { mtime, os: 0, attrs: 0 }];
  }
  writeFileSync(file, zipSync(sorted, { level: 9 }));
}

/** The sources zip's README: exact build steps first, then the project's own README. */
export function sourcesReadme(version: string, firefoxZipSha256: string, projectReadme: string): string {
  return `# LockLens ${version}: sources for review

This archive holds everything needed to build the Firefox add-on \`locklens-${version}-firefox.zip\`,
sha256 \`${firefoxZipSha256}\`.
The add-on's code is bundled and minified by WXT and Vite; nothing is downloaded at run time, and
the add-on makes no network request at all.

## Build environment

- Linux, macOS or Windows. The published zip was built on ${process.platform}-${process.arch}.
- Node.js ${BUILD_TOOLS.node}, npm ${BUILD_TOOLS.npm}. Nothing else: no global tools.
  npm prints \`EBADENGINE\` warnings because WXT declares Node 22; the build works on Node 20.
- Network access to the npm registry, for \`npm ci\` only.
- \`NODE_ENV\` unset (or \`production\`): under \`test\` or \`development\` the JSX transform switches
  to its development runtime and the bundles differ.

## Build steps

Run in the folder this archive was unpacked into:

\`\`\`sh
npm ci                              # installs the exact versions in package-lock.json, then runs \`wxt prepare\`
npx wxt build -b firefox --mv3      # the Firefox build only (\`npm run build\` builds Chrome too)
\`\`\`

The add-on is then in \`.output/firefox-mv3/\`: the same files as in \`locklens-${version}-firefox.zip\`.
To make the zip itself, \`npx wxt zip -b firefox --mv3\` writes \`.output/locklens-${version}-firefox.zip\`
with the same sha256 as above (entries sorted, fixed dates).

The icons in \`icon/\` are copied as they are from \`public/icon/\`; they were rendered from
\`assets/icon.svg\` by \`npm run icons\` (sharp) and committed, so the build itself draws nothing.

## Checks

\`npx web-ext lint -s .output/firefox-mv3\` gives no error. Its warnings come from Preact's renderer
and from the manifest's minimum Firefox version; each is listed with its reason in
\`scripts/web-ext-lint-allowlist.json\`. WXT leaves the unit tests (\`*.test.ts\`) out of this archive.

---

${projectReadme}`;
}

/** Replaces the sources zip's README.md with the build instructions (the project README follows them). */
export function addSourcesReadme(root = ROOT, zips = releaseZips(root)): void {
  const entries = readZip(zips.sources);
  const projectReadme = readFileSync(join(root, 'README.md'), 'utf8');
  entries['README.md'] = new TextEncoder().encode(sourcesReadme(zips.version, sha256(zips.firefox), projectReadme));
  writeDeterministicZip(zips.sources, entries);
}

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface AllowedWarning {
  code: string;
  file: string;
  near?: string;
  reason: string;
}

export interface LintReport {
  errors: LintMessage[];
  /** Warnings the allowlist does not cover: each fails the release. */
  unexpected: LintMessage[];
  allowed: { warning: LintMessage; reason: string }[];
  notices: LintMessage[];
  /** Allowlist entries no warning needed any more (worth deleting). */
  unused: AllowedWarning[];
}

export function loadAllowlist(root = ROOT): AllowedWarning[] {
  const list = JSON.parse(readFileSync(join(root, 'scripts', 'web-ext-lint-allowlist.json'), 'utf8')) as {
    warnings: AllowedWarning[];
  };
  return list.warnings;
}

function textAt(dir: string, warning: LintMessage, radius = 300): string {
  if (!warning.file || !warning.line) return '';
  const lines = readFileSync(join(dir, warning.file), 'utf8').split('\n');
  const line = lines[warning.line - 1] ?? '';
  const column = Math.max(0, (warning.column ?? 1) - 1);
  return line.slice(Math.max(0, column - radius), column + radius);
}

function covers(dir: string, entry: AllowedWarning, warning: LintMessage): boolean {
  if (entry.code !== warning.code) return false;
  if (!new RegExp(entry.file).test(warning.file ?? '')) return false;
  return !entry.near || textAt(dir, warning).includes(entry.near);
}

/** `web-ext lint` on an unpacked add-on, offline, sorted against the allowlist. */
export function lintFirefox(dir: string, root = ROOT): LintReport {
  const stdout = runNode(
    root,
    'web-ext/bin/web-ext.js',
    ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
    true,
  );
  const result = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  };
  const allowlist = loadAllowlist(root);
  const used = new Set<AllowedWarning>();
  const report: LintReport = {
    errors: result.errors,
    unexpected: [],
    allowed: [],
    notices: result.notices,
    unused: [],
  };
  for (const warning of result.warnings) {
    const entry = allowlist.find((candidate) => covers(dir, candidate, warning));
    if (entry) {
      used.add(entry);
      report.allowed.push({ warning, reason: entry.reason });
    } else {
      report.unexpected.push(warning);
    }
  }
  report.unused = allowlist.filter((entry) => !used.has(entry));
  return report;
}

export function formatLintReport(report: LintReport): string {
  const where = (m: LintMessage) => `${m.file ?? ''}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}`;
  const lines = [
    `web-ext lint: ${report.errors.length} errors, ${report.unexpected.length} unexpected warnings, ` +
      `${report.allowed.length} allowed warnings, ${report.notices.length} notices`,
    ...report.errors.map((m) => `  ERROR   ${m.code} ${where(m)}: ${m.message}`),
    ...report.unexpected.map(
      (m) => `  WARNING ${m.code} ${where(m)}: ${m.message} (not in scripts/web-ext-lint-allowlist.json)`,
    ),
    ...report.allowed.map(({ warning }) => `  allowed ${warning.code} ${where(warning)}`),
    ...report.notices.map((m) => `  notice  ${m.code} ${where(m)}: ${m.message}`),
    ...report.unused.map((e) => `  unused allowlist entry ${e.code} (${e.file}): no such warning any more, delete it`),
  ];
  return lines.join('\n');
}

export function lintPassed(report: LintReport): boolean {
  return report.errors.length === 0 && report.unexpected.length === 0;
}
