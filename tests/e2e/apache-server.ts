/**
 * Run Apache on a loopback port over a built site, configured as Debian configures it (the modules
 * Debian enables by default, its .ht* rule, mime types), plus what README asks of a deployer:
 * mod_headers and mod_rewrite (a2enmod headers rewrite) and AllowOverride All for the site's folder.
 * Everything else comes from the .htaccess the build wrote into the site.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APACHE_MODULES } from '../../scripts/lib/apache.ts';

export interface RunningApache {
  origin: string;
  stop: () => Promise<void>;
}

const MODS_ENABLED = '/etc/apache2/mods-enabled';

function conf(folder: string, dist: string, port: number): string {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const enabled = (name: string): boolean => existsSync(join(MODS_ENABLED, `${name}.load`));
  return [
    `ServerRoot ${folder}`,
    'ServerName 127.0.0.1',
    `Listen 127.0.0.1:${port}`,
    `PidFile ${join(folder, 'httpd.pid')}`,
    `ErrorLog ${join(folder, 'error.log')}`,
    'LogLevel warn',
    // Debian's defaults: the modules it enables, and their settings (deflate, mime, dir…).
    `IncludeOptional ${MODS_ENABLED}/*.load`,
    `IncludeOptional ${MODS_ENABLED}/*.conf`,
    // What README asks for: a2enmod headers rewrite.
    ...['headers', 'rewrite'].filter((m) => !enabled(m)).map((m) => `LoadModule ${m}_module ${APACHE_MODULES}/mod_${m}.so`),
    ...(asRoot ? ['User www-data', 'Group www-data'] : []),
    'AccessFileName .htaccess',
    '<FilesMatch "^\\.ht">',
    '    Require all denied',
    '</FilesMatch>',
    '<Directory />',
    '    Options FollowSymLinks',
    '    AllowOverride None',
    '    Require all denied',
    '</Directory>',
    `DocumentRoot ${dist}`,
    `<Directory ${dist}>`,
    '    AllowOverride All',
    '    Require all granted',
    '</Directory>',
    '',
  ].join('\n');
}

/** Test the configuration (apache2 -t), then start Apache in the foreground; throws with Apache's words if either fails. */
export async function startApache(apache: string, dist: string, port: number): Promise<RunningApache> {
  const folder = mkdtempSync(join(tmpdir(), 'evidence-apache-'));
  const file = join(folder, 'httpd.conf');
  writeFileSync(file, conf(folder, dist, port));
  const tested = spawnSync(apache, ['-t', '-f', file], { encoding: 'utf8' });
  if (tested.status !== 0) throw new Error(`Apache rejected the configuration:\n${tested.stderr}`);
  const child: ChildProcess = spawn(apache, ['-DFOREGROUND', '-f', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`Apache stopped at once: ${stderr}${existsSync(join(folder, 'error.log')) ? readFileSync(join(folder, 'error.log'), 'utf8') : ''}`);
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      if (tries > 100) throw new Error('Apache did not answer within 10 seconds.');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    origin,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
