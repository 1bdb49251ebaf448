/**
 * The .htaccess the build writes, on a real Apache (Debian's, installed here where it can be):
 * Debian's default modules plus mod_headers and mod_rewrite, AllowOverride All, over the built
 * site on a loopback port. Where Apache is missing and cannot be installed, this file says so and
 * is skipped.
 */
import { apacheVersion, findApache } from '../../scripts/lib/apache.ts';
import { startApache } from './apache-server.ts';
import { servedSiteChecks } from './served-site.ts';
import { DIST } from './helpers.ts';

/** Beside the two sites' preview servers (E2E_PORT and the next) and nginx's (the one after). */
const PORT = Number(process.env['E2E_PORT'] ?? 4329) + 3;

servedSiteChecks('Apache', async () => {
  const found = findApache({ install: true });
  if ('missing' in found) return found;
  console.log(`Apache ${apacheVersion(found.apache)} (${found.apache}) serving dist/ with its .htaccess on port ${PORT}`);
  return startApache(found.apache, DIST, PORT);
});
