/**
 * Find Apache for the test that serves the built site with the .htaccess the build writes:
 * APACHE_PATH, else Debian's /usr/sbin/apache2 (with its modules in /usr/lib/apache2/modules/);
 * where it is missing, install Debian's apache2 when we can (root with apt-get). Undefined, with the
 * reason, when there is none.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { aptInstall } from '../../src/integrations/build/apt.ts';

/** Where Debian keeps Apache's modules (mod_headers and mod_rewrite among them, not enabled by default). */
export const APACHE_MODULES = '/usr/lib/apache2/modules';

export const HOW_TO_INSTALL_APACHE = 'Install Debian’s Apache (sudo apt-get install -y apache2), or set APACHE_PATH (with its modules in /usr/lib/apache2/modules).';

function found(): string | undefined {
  const candidates = [process.env['APACHE_PATH'], '/usr/sbin/apache2'].filter((p): p is string => Boolean(p));
  return candidates.find((path) => existsSync(path) && existsSync(`${APACHE_MODULES}/mod_rewrite.so`) && spawnSync(path, ['-v'], { stdio: 'ignore' }).status === 0);
}

export function findApache(options: { install: boolean }): { apache: string } | { missing: string } {
  const apache = found() ?? (options.install && aptInstall(['apache2'], 'Apache for the server test') ? found() : undefined);
  return apache ? { apache } : { missing: `No Apache was found${options.install ? ', and it could not be installed here (that needs root and apt-get)' : ''}. ${HOW_TO_INSTALL_APACHE}` };
}

/** Apache's version, "2.4.62". */
export function apacheVersion(apache: string): string {
  const out = spawnSync(apache, ['-v'], { encoding: 'utf8' });
  return /Apache\/(\S+)/.exec(out.stdout)?.[1] ?? 'unknown';
}
