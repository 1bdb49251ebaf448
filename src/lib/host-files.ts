/**
 * The host's files, each written from the one policy (src/lib/headers.ts) at build, into dist/:
 * - `_headers` for Netlify and Cloudflare Pages;
 * - `.htaccess` for Apache (headers, the policy as a header, precompressed .br/.gz copies, CSV type,
 *   the 404 page, the slash after a folder's name);
 * - `.nginx/http.conf` and `.nginx/server.conf`, which scripts/nginx.example.conf includes: the
 *   headers as nginx maps on the path, and the locations that set a type.
 * Static hosts that read none of these (S3, GitHub Pages) are described in README, "Deploying".
 */
import { escapeRegex, patternBody, TEXT_TYPES, type Header, type HeaderRule, type HostPolicy } from './headers.ts';

export const HOST_FILES = { netlify: '_headers', apache: '.htaccess', nginxHttp: '.nginx/http.conf', nginxServer: '.nginx/server.conf' } as const;

const GENERATED = 'Written by npm run build from the pages it built (src/lib/headers.ts, src/lib/host-files.ts): do not edit.';

/**
 * A rule's pattern as a regular expression on the path a server sees: a page ("/quotes/") also as
 * its file ("/quotes/index.html"), and, where the server rewrites a request to the precompressed
 * copy the build wrote beside a file (Apache), the copy too ("/a.css.br").
 */
export function patternRegex(pattern: string, options: { compressedCopies: boolean }): string {
  const body = patternBody(pattern);
  const copy = options.compressedCopies ? '(\\.br|\\.gz)?' : '';
  return pattern.endsWith('/') ? `^${body}(index\\.html${copy})?$` : `^${body}${copy}$`;
}

function quoted(value: string): string {
  if (/["\\$\n]/.test(value)) throw new Error(`A header value cannot be written into a server configuration as it is: ${value}`);
  return `"${value}"`;
}

/** Netlify and Cloudflare Pages: a pattern line, then its headers indented. */
export function headersFile(policy: HostPolicy): string {
  return [
    '# Headers for static hosts that read a _headers file (Netlify, Cloudflare Pages).',
    `# ${GENERATED}`,
    ...policy.rules.flatMap((rule) => ['', rule.pattern, ...rule.headers.map((h) => `  ${h.name}: ${h.value}`)]),
    '',
  ].join('\n');
}

const isType = (h: Header): boolean => h.name.toLowerCase() === 'content-type';
const matchesEverything = (rule: HeaderRule, policy: HostPolicy): boolean => rule.pattern === `${policy.base.replace(/\/$/, '')}/*`;

/** Apache 2.4 with mod_headers, mod_rewrite and mod_mime (AllowOverride All for the site's folder). */
export function htaccessFile(policy: HostPolicy): string {
  const prefix = policy.base.replace(/\/$/, '');
  const lines = [
    `# Apache configuration for the built site. ${GENERATED}`,
    '# Needs mod_headers and mod_rewrite (a2enmod headers rewrite) and AllowOverride All for this folder.',
    '',
    '# Pages are folders with an index.html; a folder asked for without its slash is sent to it (301).',
    'DirectoryIndex index.html',
    'AddDefaultCharset utf-8',
    'DirectorySlash On',
    `ErrorDocument 404 ${policy.notFound}`,
    '# Nothing the build wrote for other servers is served.',
    `RedirectMatch 404 ^${escapeRegex(prefix)}/(_headers|\\.htaccess|\\.nginx/)`,
    '',
    'RewriteEngine On',
    `RewriteBase ${policy.base}`,
    '# A folder without a page (/_astro/) is not found, not forbidden.',
    'RewriteCond %{REQUEST_FILENAME} -d',
    'RewriteCond %{REQUEST_FILENAME}/index.html !-f',
    'RewriteRule ^ - [R=404,L]',
    '# Precompressed copies (written by the build beside each text file): a.css.br is sent as a.css,',
    '# brotli-encoded, when the browser accepts it; else a.css.gz, gzip-encoded; else a.css.',
    'AddEncoding br .br',
    'AddEncoding gzip .gz',
    ...(['br', 'gz'] as const).flatMap((ext) => {
      const encoding = ext === 'br' ? 'br' : 'gzip';
      return [
        // A folder's page (/quotes/ → /quotes/index.html.br) and a file (/a.css → /a.css.br).
        `RewriteCond %{HTTP:Accept-Encoding} \\b${encoding}\\b`,
        `RewriteCond %{REQUEST_FILENAME}index.html.${ext} -f`,
        `RewriteRule ^(.*/)?$ $1index.html.${ext} [L,E=no-gzip:1,E=no-brotli:1]`,
        `RewriteCond %{HTTP:Accept-Encoding} \\b${encoding}\\b`,
        `RewriteCond %{REQUEST_FILENAME}.${ext} -f`,
        `RewriteRule ^(.+[^/])$ $1.${ext} [L,E=no-gzip:1,E=no-brotli:1]`,
      ];
    }),
    'Header always merge Vary Accept-Encoding',
    '# The .gz suffix has a type of its own in the server\'s list (application/gzip): a copy keeps its file\'s type.',
    ...Object.entries(TEXT_TYPES).flatMap(([ext, type]) => [`<FilesMatch "\\.${ext}\\.gz$">`, `  ForceType ${quoted(type)}`, '</FilesMatch>']),
    '',
  ];
  for (const rule of policy.rules) {
    const headers = rule.headers.map((h) => (isType(h) ? `ForceType ${quoted(h.value)}` : `Header always set ${h.name} ${quoted(h.value)}`));
    if (matchesEverything(rule, policy)) lines.push(...headers);
    else lines.push(`<If "%{REQUEST_URI} =~ m#${patternRegex(rule.pattern, { compressedCopies: true })}#">`, ...headers.map((h) => `  ${h}`), '</If>');
  }
  return `${lines.join('\n')}\n`;
}

/** nginx variable for a header: Content-Security-Policy → $site_content_security_policy. */
export const nginxVariable = (name: string): string => `$site_${name.toLowerCase().replace(/-/g, '_')}`;

/**
 * For nginx's http context: a map on the path for each header, so that one `add_header` per header
 * in the server (server.conf) sends each path its value; an empty value sends no header.
 */
export function nginxHttpFile(policy: HostPolicy): string {
  const names = [...new Set(policy.rules.flatMap((r) => r.headers.filter((h) => !isType(h)).map((h) => h.name)))];
  const lines = [`# nginx, http context: included by the site's server configuration. ${GENERATED}`];
  for (const name of names) {
    const rules = policy.rules.filter((r) => r.headers.some((h) => h.name === name));
    const everywhere = rules.find((r) => matchesEverything(r, policy));
    lines.push('', `map $uri ${nginxVariable(name)} {`, `    default ${quoted(everywhere ? everywhere.headers.find((h) => h.name === name)!.value : '')};`);
    for (const rule of rules.filter((r) => r !== everywhere)) {
      lines.push(`    "~${patternRegex(rule.pattern, { compressedCopies: false })}" ${quoted(rule.headers.find((h) => h.name === name)!.value)};`);
    }
    lines.push('}');
  }
  return `${lines.join('\n')}\n`;
}

/** For nginx's server context: the headers (from the maps), the not-found page and the locations that set a type. */
export function nginxServerFile(policy: HostPolicy): string {
  const names = [...new Set(policy.rules.flatMap((r) => r.headers.filter((h) => !isType(h)).map((h) => h.name)))];
  const lines = [
    `# nginx, server context: included by the site's server configuration. ${GENERATED}`,
    '# No location may add headers of its own: nginx would then drop these there.',
    ...names.map((name) => `add_header ${name} ${nginxVariable(name)} always;`),
    '',
    '# The not-found page, with status 404.',
    `error_page 404 ${policy.notFound};`,
  ];
  for (const rule of policy.rules) {
    const type = rule.headers.find(isType);
    if (type) lines.push('', `location ~ "${patternRegex(rule.pattern, { compressedCopies: false })}" {`, '    types { }', `    default_type ${quoted(type.value)};`, '}');
  }
  return `${lines.join('\n')}\n`;
}

/** Every host file, by its path in the built site. */
export function hostFiles(policy: HostPolicy): [string, string][] {
  return [
    [HOST_FILES.netlify, headersFile(policy)],
    [HOST_FILES.apache, htaccessFile(policy)],
    [HOST_FILES.nginxHttp, nginxHttpFile(policy)],
    [HOST_FILES.nginxServer, nginxServerFile(policy)],
  ];
}
