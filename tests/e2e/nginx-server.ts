/**
 * Run scripts/nginx.example.conf on a real nginx, on a loopback port, over a built site: the example
 * as it is, with only what a deployer changes changed (the path to dist/, where it listens, no TLS
 * certificates) and the HTTP-to-HTTPS server left out. Each change must find its line, so the test
 * fails if the example's shape changes under it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROTLI_STATIC_MODULE } from '../../scripts/lib/nginx.ts';

export const EXAMPLE = 'scripts/nginx.example.conf';
/** The path to dist/ the example names. */
const EXAMPLE_DIST = '/var/www/evidence/dist';

function replaceOnce(text: string, pattern: RegExp, by: string, what: string): string {
  if (!pattern.test(text)) throw new Error(`${EXAMPLE} has changed shape: ${what} not found (${pattern}).`);
  return text.replace(pattern, by);
}

/** The example, for a site in `dist`, answering plain HTTP on 127.0.0.1:port. */
export function templateExample(example: string, dist: string, port: number): string {
  let conf = example;
  if (!conf.includes(EXAMPLE_DIST)) throw new Error(`${EXAMPLE} has changed shape: it no longer names ${EXAMPLE_DIST}.`);
  conf = conf.split(EXAMPLE_DIST).join(dist);
  conf = replaceOnce(conf, /# Plain HTTP only sends readers to HTTPS\.\nserver \{[^}]*\}\n/, '', 'the HTTP-to-HTTPS server');
  conf = replaceOnce(conf, /\n( +)listen 443 ssl http2;\n +listen \[::\]:443 ssl http2;\n/, `\n$1listen 127.0.0.1:${port};\n`, 'the HTTPS listen lines');
  conf = replaceOnce(conf, /\n +ssl_certificate [^\n]+\n +ssl_certificate_key [^\n]+\n/, '\n', 'the certificate lines');
  return conf;
}

export interface RunningNginx {
  origin: string;
  /** Messages nginx logged at start (warnings), and the test configuration check's output. */
  startLog: string;
  stop: () => Promise<void>;
}

/** The rest of an nginx.conf as Debian's sets it up (its mime types, the brotli module), with its files in a scratch folder. */
function mainConf(folder: string, site: string): string {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return [
    'daemon off;',
    'worker_processes 1;',
    ...(asRoot ? ['user root;'] : []),
    `pid ${join(folder, 'nginx.pid')};`,
    `error_log ${join(folder, 'error.log')} warn;`,
    // What /etc/nginx/modules-enabled/ loads on Debian, by its full path (this nginx runs from a scratch prefix).
    `load_module ${BROTLI_STATIC_MODULE};`,
    'events { worker_connections 64; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    '    sendfile on;',
    `    access_log ${join(folder, 'access.log')};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${join(folder, t)};`),
    `    include ${site};`,
    '}',
    '',
  ].join('\n');
}

/** Test the configuration (nginx -t), then start nginx with it; throws with nginx's words if either fails. */
export async function startNginx(nginx: string, dist: string, port: number): Promise<RunningNginx> {
  const folder = mkdtempSync(join(tmpdir(), 'evidence-nginx-'));
  const site = join(folder, 'site.conf');
  writeFileSync(site, templateExample(readFileSync(EXAMPLE, 'utf8'), dist, port));
  const conf = join(folder, 'nginx.conf');
  writeFileSync(conf, mainConf(folder, site));
  const tested = spawnSync(nginx, ['-t', '-p', folder, '-c', conf], { encoding: 'utf8' });
  if (tested.status !== 0) throw new Error(`nginx -t rejected the example configuration:\n${tested.stderr}`);
  const child: ChildProcess = spawn(nginx, ['-p', folder, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`nginx stopped at once: ${stderr}${readFileSync(join(folder, 'error.log'), 'utf8')}`);
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      if (tries > 100) throw new Error('nginx did not answer within 10 seconds.');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    origin,
    startLog: `${tested.stderr}${stderr}`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
