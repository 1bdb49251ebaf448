import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, HOW_TO_INSTALL } from './src/integrations/build/chromium.ts';

const executablePath = findChromium({ install: false });
if (!executablePath) throw new Error(HOW_TO_INSTALL);
const port = Number(process.env['E2E_PORT'] ?? 4329);
/** The second site (tests/fixtures/riverside), built by the same engine: served on the next port. */
const secondPort = port + 1;
const SECOND_SITE = 'tests/fixtures/riverside';
// --ignore-lock: the two sites are one Astro project, and Astro allows one tracked preview server per project.
const preview = (p: number): string => `node node_modules/astro/bin/astro.mjs preview --ignore-lock --host 127.0.0.1 --port ${p}`;

export default defineConfig({
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: process.env['PLAYWRIGHT_JSON_OUTPUT_NAME'] ? [['list'], ['json']] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'site', testDir: 'tests/e2e', use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: 'second-site', testDir: 'tests/e2e-second-site', use: { baseURL: `http://127.0.0.1:${secondPort}` } },
  ],
  webServer: [
    {
      command: preview(port),
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
    },
    {
      command: preview(secondPort),
      url: `http://127.0.0.1:${secondPort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1', CONTENT_ROOT: SECOND_SITE },
    },
  ],
});
