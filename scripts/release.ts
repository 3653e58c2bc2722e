// `npm run release`: the three store files for package.json's version, in .output/:
//   locklens-<version>-chrome.zip    Chrome Web Store
//   locklens-<version>-firefox.zip   addons.mozilla.org
//   locklens-<version>-sources.zip   addons.mozilla.org's "source code" upload (README.md: the build steps)
// then web-ext lint on the Firefox zip as unpacked (errors and warnings outside
// scripts/web-ext-lint-allowlist.json fail), and the sha256 of each zip, also written to
// .output/locklens-<version>-SHA256SUMS.txt. Building twice gives the same bytes.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  addSourcesReadme,
  buildZips,
  formatLintReport,
  lintFirefox,
  lintPassed,
  ROOT,
  sha256,
  unzipTo,
} from './release-lib';

if (!existsSync(join(ROOT, 'node_modules', 'wxt'))) {
  console.error('release: node_modules is missing: run `npm ci` first.');
  process.exit(1);
}

const zips = buildZips(ROOT);
addSourcesReadme(ROOT, zips);

const unpacked = mkdtempSync(join(tmpdir(), 'locklens-firefox-zip-'));
let lintOk = false;
try {
  unzipTo(zips.firefox, unpacked);
  const report = lintFirefox(unpacked, ROOT);
  console.info(formatLintReport(report));
  lintOk = lintPassed(report);
} finally {
  rmSync(unpacked, { recursive: true, force: true });
}

const sums = [zips.chrome, zips.firefox, zips.sources].map((file) => `${sha256(file)}  ${basename(file)}`).join('\n');
writeFileSync(join(ROOT, '.output', `locklens-${zips.version}-SHA256SUMS.txt`), `${sums}\n`);
console.info(`\nLockLens ${zips.version}, in .output/:\n${sums}`);
if (!lintOk) {
  console.error('release: web-ext lint failed on the Firefox zip (see above).');
  process.exit(1);
}
console.info(
  '\nUpload the chrome zip to the Chrome Web Store; the firefox zip to addons.mozilla.org, with the sources zip\n' +
    'as its source code. Listing texts, screenshots and the privacy answers: docs/store/ and PRIVACY.md.',
);
