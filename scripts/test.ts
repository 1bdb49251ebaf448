/**
 * npm test: every test. Unit and build tests (Vitest), the type check, the structure check, then
 * fresh builds of this site and of the second site (tests/fixtures/riverside), then end-to-end
 * tests (Playwright in Chromium against both built sites, each served by `astro preview`; the W3C Nu
 * HTML checker over every page, on Java; the site on real nginx and Apache: each installed where it
 * can be, as Chromium is).
 * Ends with one line: tests: N passed, N failed
 */
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../src/integrations/build/run.ts';
import { findChromium, HOW_TO_INSTALL } from '../src/integrations/build/chromium.ts';
import { findJava, HOW_TO_INSTALL_JAVA } from './lib/java.ts';
import { findNginx } from './lib/nginx.ts';
import { findApache } from './lib/apache.ts';
import { DEFAULT_SITE_URL } from '../src/integrations/build/site-url.ts';

const root = process.cwd();
const out = join(root, '.tmp', 'test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);
/** The second site the engine builds in the tests: a fictional publisher (see its README). */
const SECOND_SITE = 'tests/fixtures/riverside';

let passed = 0;
let failed = 0;
const finish = (extraFailure?: string): never => {
  if (extraFailure) console.error(`\n${extraFailure}`);
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || extraFailure ? 1 : 0);
};

// 1. Unit tests.
const vitestJson = join(out, 'vitest.json');
await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
} else {
  failed += 1;
  console.error('Vitest did not write its report: counted as one failure.');
}

// 2. Types: astro check over the whole project counts as one test.
console.log('\nType check (astro check)…');
if ((await run(bin('astro'), ['check'], { ASTRO_TELEMETRY_DISABLED: '1' })) === 0) passed += 1;
else {
  failed += 1;
  console.error('astro check found type errors: counted as one failure.');
}

// 3. Structure: no import circle anywhere, pure logic apart (dependency-cruiser) counts as one test.
console.log('\nStructure check (dependency-cruiser)…');
if ((await run(bin('depcruise'), ['src', 'scripts', 'astro.config.mjs', '--config', '.dependency-cruiser.cjs'])) === 0) passed += 1;
else {
  failed += 1;
  console.error('dependency-cruiser found an import circle or a forbidden import: counted as one failure.');
}

// 4. A browser for the end-to-end tests.
const chromiumPath = findChromium({ install: true });
if (!chromiumPath) finish(HOW_TO_INSTALL);
console.log(`Using Chromium at ${chromiumPath}`);
// Java for the HTML checker (vnu.jar): without it the validity tests fail, saying what is missing.
const java = findJava({ install: true });
if (java) console.log(`Using Java at ${java} for the HTML checker`);
else console.error(`\n${HOW_TO_INSTALL_JAVA}\n(The HTML validity tests will fail until Java is installed.)\n`);
// The servers the deployment tests run the site on, installed here one after another (not by two
// test workers at once); where one cannot be had, its test file says so and is skipped.
const nginx = findNginx({ install: true });
console.log('nginx' in nginx ? `Using nginx at ${nginx.nginx} for the nginx example's test` : nginx.missing);
const apache = findApache({ install: true });
console.log('apache' in apache ? `Using Apache at ${apache.apache} for the .htaccess test` : apache.missing);

// 5. Fresh builds of the real site and of the second site (a fictional publisher's content,
// built by the same engine with CONTENT_ROOT).
// Built for testing, not for publishing: on CI (where a build without SITE_URL stops) the local
// address is set explicitly, to say so.
const testBuild = { ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: process.env['SITE_URL'] ?? DEFAULT_SITE_URL };
if ((await run(bin('astro'), ['build'], testBuild)) !== 0) finish('The site did not build, so the end-to-end tests could not run.');
if ((await run(bin('astro'), ['build'], { ...testBuild, CONTENT_ROOT: SECOND_SITE })) !== 0) finish(`The second site (${SECOND_SITE}) did not build, so the end-to-end tests could not run.`);

// 6. End-to-end tests.
const playwrightJson = join(out, 'playwright.json');
await run(bin('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson, CHROMIUM_PATH: chromiumPath! });
if (existsSync(playwrightJson)) {
  const report = JSON.parse(readFileSync(playwrightJson, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } };
  passed += report.stats.expected + report.stats.flaky;
  failed += report.stats.unexpected;
} else {
  failed += 1;
  console.error('Playwright did not write its report: counted as one failure.');
}
finish();
