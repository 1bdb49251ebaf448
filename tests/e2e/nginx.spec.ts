/**
 * The nginx example on a real nginx (Debian's: 1.22 on Debian 12, installed here where it can be,
 * with its brotli module): scripts/nginx.example.conf, with the includes the build wrote into dist/,
 * on a loopback port over the built site. Where nginx is missing and cannot be installed, this
 * file says so and is skipped.
 */
import { findNginx, nginxVersion } from '../../scripts/lib/nginx.ts';
import { startNginx } from './nginx-server.ts';
import { servedSiteChecks } from './served-site.ts';
import { DIST } from './helpers.ts';

/** Beside the two sites' preview servers (E2E_PORT and the next). */
const PORT = Number(process.env['E2E_PORT'] ?? 4329) + 2;

servedSiteChecks('nginx', async () => {
  const found = findNginx({ install: true });
  if ('missing' in found) return found;
  console.log(`nginx ${nginxVersion(found.nginx)} (${found.nginx}) serving dist/ with scripts/nginx.example.conf on port ${PORT}`);
  const server = await startNginx(found.nginx, DIST, PORT);
  if (/\[(warn|emerg|alert|crit)\]/.test(server.startLog)) console.log(`nginx said, starting:\n${server.startLog}`);
  return server;
});
