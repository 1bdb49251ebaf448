/**
 * What the host sends with each file of the built site: the policy, made once at build from the
 * pages the build produced, which every host's file is written from (src/lib/host-files.ts:
 * `_headers` for Netlify and Cloudflare Pages, `.htaccess` for Apache, the nginx includes).
 *
 * - Every response: HSTS, X-Content-Type-Options, Referrer-Policy, Permissions-Policy,
 *   Cross-Origin-Opener-Policy.
 * - Every page: its whole Content-Security-Policy as a header (the policy Astro wrote into the
 *   page's <meta>, with its script and style hashes) plus frame-ancestors, which a <meta> policy
 *   cannot carry. Only chart embed pages may be framed by other sites. Hosts differ when several
 *   rules match one path (Cloudflare can detach a header, Netlify joins them), so every page is
 *   matched by exactly one rule that sets Content-Security-Policy. Other files (scripts, workers,
 *   the search index) get none: a worker takes its policy from its own response.
 * - Astro's hashed assets (/_astro/): cached for a year, immutable (a new build gives new names).
 * - CSV downloads: text/csv with their charset (the files also start with a byte-order mark, for Excel).
 */
import { isEmbedPage } from './addresses.ts';

export { isEmbedPage };

export interface Header {
  name: string;
  value: string;
}

/** Headers for the paths a pattern matches: "*" stands for any characters, as Netlify and Cloudflare read it; base path included. */
export interface HeaderRule {
  pattern: string;
  headers: Header[];
}

export interface HostPolicy {
  /** The site's base path, "/" or "/evidence/". */
  base: string;
  rules: HeaderRule[];
  /** The not-found page, from the host's root (base path included). */
  notFound: string;
}

const COMMON: Header[] = [
  { name: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { name: 'X-Content-Type-Options', value: 'nosniff' },
  { name: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { name: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { name: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** Hashed assets never change under their name: a year, immutable. */
export const IMMUTABLE: Header = { name: 'Cache-Control', value: 'public, max-age=31536000, immutable' };

/** CSV downloads carry their charset, whatever the host's own type for .csv (Excel reads the BOM too). */
export const CSV_TYPE: Header = { name: 'Content-Type', value: 'text/csv; charset=utf-8' };

/**
 * The text files the build writes precompressed copies of (src/integrations/build/compress.ts), by
 * extension, with the type each is sent as: a host that serves a copy (a.css.gz) must send the
 * file's own type, not the copy's (Apache's types would say application/gzip; S3 needs it set).
 */
export const TEXT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json',
  csv: CSV_TYPE.value,
  xml: 'application/xml',
  svg: 'image/svg+xml',
  txt: 'text/plain; charset=utf-8',
  bib: 'text/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  map: 'application/json',
  webmanifest: 'application/manifest+json',
};

/** The policy of a page whose <meta> policy is missing: what a header can add on its own. */
const FALLBACK_POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'";

/** Who may frame a page: any site for a chart's embed page, else only the site itself. */
export const frameAncestors = (page: string): string => (isEmbedPage(page) ? '*' : "'self'");

/** The Content-Security-Policy a page's <meta> carries (Astro writes it), or undefined. */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0];
  const content = tag && /\scontent="([^"]*)"/i.exec(tag)?.[1];
  return content ? content.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') : undefined;
}

/** The header policy of a page: its <meta> policy's directives, tidied, then frame-ancestors. */
export function pagePolicy(meta: string | undefined, page: string): string {
  const directives = (meta ?? FALLBACK_POLICY).split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter((d) => d && !d.startsWith('frame-ancestors'));
  return [`frame-ancestors ${frameAncestors(page)}`, ...directives].join('; ');
}

/**
 * The site's policy from its built pages: each page path ("/", "/quotes/", "/404.html"; below the
 * base) with the policy its <meta> carries. A folder whose pages all share one policy gets one
 * rule ("/quotes/*"); otherwise each shape of page in it whose pages share one does
 * ("/data/:page/embed/"), and each other page gets its own.
 */
export function hostPolicy(pages: ReadonlyMap<string, string | undefined>, base: string): HostPolicy {
  const prefix = base.replace(/\/$/, '');
  const rules: HeaderRule[] = [
    { pattern: `${prefix}/*`, headers: COMMON },
    { pattern: `${prefix}/_astro/*`, headers: [IMMUTABLE] },
    { pattern: `${prefix}/data/*.csv`, headers: [CSV_TYPE] },
  ];
  const csp = (policy: string): Header[] => [{ name: 'Content-Security-Policy', value: policy }];
  const folders = new Map<string, Map<string, string>>();
  const exact: [string, string][] = [];
  for (const [page, meta] of [...pages].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const policy = pagePolicy(meta, page);
    const folder = page.split('/')[1]!;
    // The home page is not a folder of pages; a folder of files (.html) neither.
    if (page === '/' || !page.endsWith('/')) exact.push([page, policy]);
    else folders.set(folder, (folders.get(folder) ?? new Map()).set(page, policy));
  }
  for (const [folder, inside] of folders) {
    const policies = new Set(inside.values());
    if (policies.size === 1) {
      rules.push({ pattern: `${prefix}/${folder}/*`, headers: csp([...policies][0]!) });
      continue;
    }
    // Pages of one shape ("/data/<dataset>/embed/") that share a policy: one rule whose placeholder
    // stands for the page's name, so the rules do not grow with the pages (Cloudflare Pages reads 100).
    for (const [shape, alike] of pagesByShape(folder, inside)) {
      const shared = new Set(alike.values());
      if (shape.includes(PLACEHOLDER) && alike.size > 1 && shared.size === 1) rules.push({ pattern: `${prefix}${shape}`, headers: csp([...shared][0]!) });
      else for (const [page, policy] of alike) exact.push([page, policy]);
    }
  }
  for (const [page, policy] of exact.sort(([a], [b]) => (a < b ? -1 : 1))) rules.push({ pattern: `${prefix}${page}`, headers: csp(policy) });
  return { base, rules, notFound: `${prefix}/404.html` };
}

/** The placeholder standing for a page's name in a rule ("/data/:page/embed/"); Netlify and Cloudflare read it as one path segment. */
const PLACEHOLDER = ':page';

/** A folder's pages by shape: "/data/a/embed/" and "/data/b/embed/" are both "/data/:page/embed/"; the folder's own page is its own shape. */
function pagesByShape(folder: string, pages: ReadonlyMap<string, string>): Map<string, Map<string, string>> {
  const shapes = new Map<string, Map<string, string>>();
  for (const [page, policy] of pages) {
    const segments = page.split('/');
    const shape = segments.length > 3 ? ['', folder, PLACEHOLDER, ...segments.slice(3)].join('/') : page;
    shapes.set(shape, (shapes.get(shape) ?? new Map<string, string>()).set(page, policy));
  }
  return shapes;
}

/** A rule's pattern as the body of a regular expression: "*" any characters, a placeholder one path segment. */
export function patternBody(pattern: string): string {
  return pattern.split(/(\*|:[A-Za-z]\w*)/).map((part, i) => (i % 2 === 0 ? escapeRegex(part) : part === '*' ? '.*' : '[^/]+')).join('');
}

/** Whether a rule's pattern matches a path, as Netlify and Cloudflare match it. */
export function matchesRule(pattern: string, path: string): boolean {
  return new RegExp(`^${patternBody(pattern)}$`).test(path);
}

export function escapeRegex(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** The headers a host following the policy sends for a path: every matching rule's. */
export function headersFor(policy: HostPolicy, path: string): Header[] {
  return policy.rules.filter((rule) => matchesRule(rule.pattern, path)).flatMap((rule) => rule.headers);
}
