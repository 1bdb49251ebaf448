/**
 * The _headers file for static hosts that read one (Netlify, Cloudflare Pages), made at build from
 * the pages the build produced. The page's own <meta> policy carries script and style rules; the
 * header adds what a <meta> policy cannot: frame-ancestors. Only chart embed pages may be framed.
 *
 * Hosts differ when several rules match one path (Cloudflare can detach a header, Netlify joins
 * them), so every page is matched by exactly one rule that sets Content-Security-Policy.
 */
import { isEmbedPage } from './addresses.ts';

const COMMON = [
  'Strict-Transport-Security: max-age=63072000; includeSubDomains',
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy: same-origin',
];
const policy = (ancestors: string): string => `Content-Security-Policy: frame-ancestors ${ancestors}; object-src 'none'; base-uri 'self'; form-action 'self'`;
export const SAME_ORIGIN = policy("'self'");
export const ANY_ORIGIN = policy('*');

/** CSV downloads carry their charset, whatever the host's own type for .csv (Excel reads the BOM too). */
export const CSV_CONTENT_TYPE = 'Content-Type: text/csv; charset=utf-8';

export { isEmbedPage };

/** Rules as [pattern, headers]; pattern "*" matches any characters, as both hosts read it. */
export function headerRules(pages: Iterable<string>, base: string): [string, string[]][] {
  const prefix = base.replace(/\/$/, '');
  const rules: [string, string[]][] = [[`${prefix}/*`, COMMON], [`${prefix}/data/*.csv`, [CSV_CONTENT_TYPE]]];
  const framed: string[] = [];
  const topLevel = new Set<string>();
  const exact: string[] = [];
  for (const page of [...pages].sort()) {
    if (!page.endsWith('/')) continue; // downloads (CSV, PDF…) are not framed documents
    if (isEmbedPage(page)) framed.push(page);
    else if (page === '/' || page.startsWith('/data/')) exact.push(page);
    else topLevel.add(page.split('/')[1]!);
  }
  for (const page of exact) rules.push([`${prefix}${page}`, [SAME_ORIGIN]]);
  for (const dir of topLevel) rules.push([`${prefix}/${dir}/*`, [SAME_ORIGIN]]);
  rules.push([`${prefix}/404.html`, [SAME_ORIGIN]]);
  for (const page of framed) rules.push([`${prefix}${page}`, [ANY_ORIGIN]]);
  return rules;
}

export function matchesRule(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(path);
}

export function headersFile(pages: Iterable<string>, base: string): string {
  return [
    '# Security headers for static hosts that read a _headers file (Netlify, Cloudflare Pages).',
    '# Written by npm run build from the pages it built (src/lib/headers.ts): do not edit.',
    ...headerRules(pages, base).flatMap(([pattern, headers]) => ['', pattern, ...headers.map((h) => `  ${h}`)]),
    '',
  ].join('\n');
}
