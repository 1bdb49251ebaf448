/**
 * Find nginx, with the brotli module the example configuration uses, for the test that serves the
 * built site with scripts/nginx.example.conf: NGINX_PATH, else Debian's /usr/sbin/nginx, else the
 * one on the PATH; where either is missing, install Debian's packages when we can (root with
 * apt-get). Undefined, with the reason, when there is none.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { aptInstall } from '../../src/integrations/build/apt.ts';

/** Debian's packages: nginx (1.22 on Debian 12) and the module that serves the .br copies. */
export const NGINX_PACKAGES = ['nginx', 'libnginx-mod-http-brotli-static'] as const;
/** Where Debian's module package puts the module, and the file that loads it. */
export const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export const HOW_TO_INSTALL_NGINX = `Install Debian’s nginx and its brotli module (sudo apt-get install -y ${NGINX_PACKAGES.join(' ')}), or set NGINX_PATH (with the brotli_static module at ${BROTLI_STATIC_MODULE}).`;

function runs(nginx: string): boolean {
  return spawnSync(nginx, ['-v'], { stdio: 'ignore' }).status === 0;
}

function found(): string | undefined {
  const fromEnv = process.env['NGINX_PATH'];
  const candidates = [...(fromEnv ? [fromEnv] : []), '/usr/sbin/nginx', 'nginx'];
  const nginx = candidates.find((path) => (path.includes('/') ? existsSync(path) : true) && runs(path));
  return nginx && existsSync(BROTLI_STATIC_MODULE) ? nginx : undefined;
}

export function findNginx(options: { install: boolean }): { nginx: string } | { missing: string } {
  const nginx = found() ?? (options.install && aptInstall(NGINX_PACKAGES, 'nginx for the server test') ? found() : undefined);
  return nginx ? { nginx } : { missing: `No nginx with the brotli_static module was found${options.install ? ', and it could not be installed here (that needs root and apt-get)' : ''}. ${HOW_TO_INSTALL_NGINX}` };
}

/** nginx's version, "1.22.1". */
export function nginxVersion(nginx: string): string {
  const out = spawnSync(nginx, ['-v'], { encoding: 'utf8' });
  return /nginx\/(\S+)/.exec(`${out.stderr}${out.stdout}`)?.[1] ?? 'unknown';
}
