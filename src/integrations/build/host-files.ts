/**
 * Write the host's files into the built site (_headers, .htaccess, the nginx includes), from the
 * pages the build made: each page's own Content-Security-Policy (its <meta>, with Astro's hashes)
 * becomes its header policy (src/lib/headers.ts, src/lib/host-files.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { builtPages } from '../../lib/permalinks/built-pages.ts';
import { hostPolicy, metaPolicy, type HostPolicy } from '../../lib/headers.ts';
import { hostFiles } from '../../lib/host-files.ts';

/** Every page of the built folder (and the not-found page) with the policy its <meta> carries. */
export function pagePolicies(dir: string): Map<string, string | undefined> {
  const pages = new Map<string, string | undefined>();
  for (const page of builtPages(dir)) {
    if (page.endsWith('/')) pages.set(page, metaPolicy(readFileSync(join(dir, page, 'index.html'), 'utf8')));
  }
  const notFound = join(dir, '404.html');
  if (existsSync(notFound)) pages.set('/404.html', metaPolicy(readFileSync(notFound, 'utf8')));
  return pages;
}

export function writeHostFiles(dir: string, base: string): HostPolicy {
  const policy = hostPolicy(pagePolicies(dir), base);
  for (const [path, text] of hostFiles(policy)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return policy;
}
