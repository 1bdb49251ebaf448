/**
 * Find a Chromium for the end-to-end tests: Playwright's own browser when installed, else the
 * system's /usr/bin/chromium, else install Debian's package when we can (root with apt-get),
 * else stop and say how to get one.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { aptInstall } from './apt.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu',
  '--no-first-run',
];

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const HOW_TO_INSTALL = [
  'No Chromium browser was found for the end-to-end tests. Install one, then run npm test again:',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
  '  macOS/Windows:  npx playwright install chromium',
  '  or point CHROMIUM_PATH at any Chromium or Chrome executable.',
].join('\n');

function playwrightBrowser(): string | undefined {
  try {
    // Loaded only when asked: a build that draws nothing need not load Playwright at all.
    const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function systemBrowser(): string | undefined {
  return SYSTEM_PATHS.find((path) => existsSync(path));
}

export function findChromium(options: { install: boolean }): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = playwrightBrowser() ?? systemBrowser();
  if (found || !options.install) return found;
  return aptInstall(['chromium'], 'No Chromium found') ? systemBrowser() : undefined;
}
