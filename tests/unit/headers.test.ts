/**
 * The host policy (src/lib/headers.ts) and each host's file written from it (src/lib/host-files.ts):
 * every page gets its whole Content-Security-Policy as a header, exactly once, with frame-ancestors;
 * hashed assets are cached for a year; the same policy in _headers, .htaccess and the nginx includes.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { headersFor, hostPolicy, isEmbedPage, metaPolicy, pagePolicy, type HostPolicy } from '../../src/lib/headers.ts';
import { headersFile, htaccessFile, nginxHttpFile, nginxServerFile, nginxVariable, patternRegex } from '../../src/lib/host-files.ts';
import { INLINE_SCRIPT_HASHES, THEME_SCRIPT, scriptHash } from '../../src/lib/inline-scripts.ts';

const REQUIRED = ['Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Content-Security-Policy'];
/** The policy Astro writes into a page's <meta>, as it writes it; the search page allows WebAssembly. */
const META = "default-src 'self';img-src 'self' data:;object-src 'none';base-uri 'self';form-action 'self'; script-src 'self' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-CCC='";
const SEARCH_META = META.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");
const PAGES = new Map<string, string | undefined>([
  ['/', META], ['/2021-regional-care-report/', META], ['/2021-regional-care-report/early-help/', META],
  ['/data/', META], ['/data/child-poverty/', META], ['/data/child-poverty/embed/', META],
  ['/quotes/', META], ['/quotes/roles/director/', META], ['/search/', SEARCH_META], ['/404.html', META],
]);

function policies(policy: HostPolicy, path: string): string[] {
  return headersFor(policy, path).filter((h) => h.name === 'Content-Security-Policy').map((h) => h.value);
}

describe('the host policy', () => {
  for (const base of ['/', '/evidence/']) {
    const prefix = base.replace(/\/$/, '');
    it(`gives every page its whole policy as one header, with frame-ancestors: only embed pages may be framed (base ${base})`, () => {
      const policy = hostPolicy(PAGES, base);
      for (const [page, meta] of PAGES) {
        const path = `${prefix}${page}`;
        const found = policies(policy, path);
        expect(found, path).toHaveLength(1);
        expect(found[0]).toBe(pagePolicy(meta, page));
        expect(found[0]).toMatch(isEmbedPage(page) ? /^frame-ancestors \*;/ : /^frame-ancestors 'self';/);
        expect(found[0]).toContain("script-src 'self' ");
        expect(found[0]).toContain("'sha256-AAA='");
        expect(found[0]).not.toMatch(/unsafe-inline/);
      }
      expect(policies(policy, `${prefix}/search/`)[0]).toContain("'wasm-unsafe-eval'");
      expect(policies(policy, `${prefix}/quotes/`)[0]).not.toContain("'wasm-unsafe-eval'");
      const all = headersFor(policy, `${prefix}/quotes/`).map((h) => h.name);
      for (const header of REQUIRED) expect(all).toContain(header);
    });

    it(`caches Astro's hashed assets for a year, and gives scripts, workers and other files no page policy (base ${base})`, () => {
      const policy = hostPolicy(PAGES, base);
      expect(headersFor(policy, `${prefix}/_astro/chart-worker-CqXdP9oR.js`)).toContainEqual({ name: 'Cache-Control', value: 'public, max-age=31536000, immutable' });
      expect(headersFor(policy, `${prefix}/quotes/`).map((h) => h.name)).not.toContain('Cache-Control');
      for (const file of ['/_astro/chart-worker-CqXdP9oR.js', '/pagefind/pagefind-worker.js', '/feed.xml']) expect(policies(policy, `${prefix}${file}`), file).toEqual([]);
    });
  }

  it('keeps the number of rules the same however many datasets there are (Cloudflare Pages reads 100): one rule for each shape of page', () => {
    const site = (datasets: number) => new Map<string, string | undefined>([...PAGES, ...Array.from({ length: datasets }, (_, i) => [
      [`/data/dataset-${i}/`, META], [`/data/dataset-${i}/embed/`, META],
    ] as const).flat()]);
    const many = hostPolicy(site(120), '/evidence/');
    expect(many.rules.length).toBe(hostPolicy(site(2), '/evidence/').rules.length);
    expect(many.rules.length).toBeLessThan(20);
    expect(many.rules.map((r) => r.pattern)).toEqual(expect.arrayContaining(['/evidence/data/:page/', '/evidence/data/:page/embed/', '/evidence/data/']));
    for (const page of ['/data/', '/data/dataset-7/', '/data/dataset-7/embed/', '/data/child-poverty/embed/']) {
      const found = policies(many, `/evidence${page}`);
      expect(found, page).toEqual([pagePolicy(META, page)]);
    }
    // A page of its own shape, or whose policy differs from its shape's, keeps a rule of its own.
    const odd = site(3).set('/data/dataset-1/embed/', SEARCH_META);
    const oddPolicy = hostPolicy(odd, '/');
    expect(oddPolicy.rules.map((r) => r.pattern)).toContain('/data/dataset-1/embed/');
    for (const page of odd.keys()) expect(policies(oddPolicy, page), page).toEqual([pagePolicy(odd.get(page), page)]);
  });

  it('reads the policy Astro writes into a page, and keeps its directives as they are', () => {
    const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${META.replace(/'/g, '&#39;')}"></head>`;
    expect(metaPolicy(html)).toBe(META);
    expect(pagePolicy(META, '/quotes/')).toBe("frame-ancestors 'self'; default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-CCC='");
    expect(pagePolicy(undefined, '/data/x/embed/')).toBe("frame-ancestors *; object-src 'none'; base-uri 'self'; form-action 'self'");
  });

  it('hashes the theme script, which runs before the <meta> policy, so a header policy allows it', () => {
    expect(INLINE_SCRIPT_HASHES).toEqual([scriptHash(THEME_SCRIPT)]);
    // The hash of the exact text, as a browser computes it: sha256 of the UTF-8 bytes, in base64.
    expect(scriptHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
    const layout = readFileSync('src/components/shell/BaseLayout.astro', 'utf8');
    expect(layout).toContain('<script is:inline set:html={THEME_SCRIPT} />');
    expect(readFileSync('src/integrations/evidence-site.ts', 'utf8')).toContain('scriptDirective: { hashes: [...INLINE_SCRIPT_HASHES] }');
  });
});

describe('each host’s file, from the one policy', () => {
  const policy = hostPolicy(PAGES, '/');
  it('_headers (Netlify, Cloudflare Pages): a pattern line, then indented headers', () => {
    const text = headersFile(policy);
    expect(text).toContain('\n/data/child-poverty/embed/\n  Content-Security-Policy: frame-ancestors *;');
    expect(text).toContain("\n/2021-regional-care-report/*\n  Content-Security-Policy: frame-ancestors 'self';");
    expect(text).toContain('\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(text).not.toMatch(/unsafe-inline/);
  });

  it('a pattern reads on a server as the page, its index.html and, for Apache, its precompressed copies', () => {
    const page = new RegExp(patternRegex('/quotes/', { compressedCopies: true }));
    for (const path of ['/quotes/', '/quotes/index.html', '/quotes/index.html.br', '/quotes/index.html.gz']) expect(page.test(path), path).toBe(true);
    for (const path of ['/quotes/roles/', '/quotes', '/quotes/index.htm']) expect(page.test(path), path).toBe(false);
    const folder = new RegExp(patternRegex('/quotes/*', { compressedCopies: false }));
    expect(folder.test('/quotes/roles/director/index.html')).toBe(true);
    expect(folder.test('/quotesx/')).toBe(false);
    const shape = new RegExp(patternRegex('/data/:page/embed/', { compressedCopies: true }));
    for (const path of ['/data/child-poverty/embed/', '/data/child-poverty/embed/index.html.br']) expect(shape.test(path), path).toBe(true);
    for (const path of ['/data/child-poverty/', '/data/a/b/embed/', '/data/embed/', '/data//embed/']) expect(shape.test(path), path).toBe(false);
    expect(new RegExp(patternRegex('/', { compressedCopies: false })).test('/index.html')).toBe(true);
    expect(new RegExp(patternRegex('/', { compressedCopies: false })).test('/quotes/')).toBe(false);
  });

  it('.htaccess (Apache): the headers, each page’s policy on its path, the cache, the 404 page, the slash, the precompressed copies', () => {
    const text = htaccessFile(hostPolicy(PAGES, '/evidence/'));
    expect(text).toContain('Header always set X-Content-Type-Options "nosniff"');
    expect(text).toContain('<If "%{REQUEST_URI} =~ m#^/evidence/data/child-poverty/embed/(index\\.html(\\.br|\\.gz)?)?$#">\n  Header always set Content-Security-Policy "frame-ancestors *;');
    expect(text).toContain('<If "%{REQUEST_URI} =~ m#^/evidence/_astro/.*(\\.br|\\.gz)?$#">\n  Header always set Cache-Control "public, max-age=31536000, immutable"');
    expect(text).toContain('ErrorDocument 404 /evidence/404.html');
    expect(text).toContain('DirectorySlash On');
    expect(text).toContain('AddEncoding br .br');
    expect(text).toMatch(/RewriteCond %\{HTTP:Accept-Encoding\} \\bbr\\b\nRewriteCond %\{REQUEST_FILENAME\}\.br -f\nRewriteRule/);
    // A .gz copy keeps its file's type (Apache's own list says application/gzip for .gz).
    expect(text).toContain('<FilesMatch "\\.css\\.gz$">\n  ForceType "text/css; charset=utf-8"\n</FilesMatch>');
    expect(text).toContain('RedirectMatch 404 ^/evidence/(_headers|\\.htaccess|\\.nginx/)');
    expect(text).not.toMatch(/unsafe-inline/);
  });

  it('nginx: one map per header on the path, one add_header per header, the CSV type in a location', () => {
    const http = nginxHttpFile(policy);
    const server = nginxServerFile(policy);
    for (const header of [...REQUIRED, 'Cache-Control']) {
      expect(http).toContain(`map $uri ${nginxVariable(header)} {`);
      expect(server).toContain(`add_header ${header} ${nginxVariable(header)} always;`);
    }
    expect(http).toContain(`map $uri $site_content_security_policy {\n    default "";\n`);
    expect(http).toContain(`    "~^/data/child-poverty/embed/(index\\.html)?$" "frame-ancestors *;`);
    expect(http).toContain(`map $uri $site_x_content_type_options {\n    default "nosniff";\n}`);
    expect(server).not.toContain('add_header Content-Type');
    expect(server).toContain('error_page 404 /404.html;');
    expect(nginxServerFile(hostPolicy(PAGES, '/evidence/'))).toContain('error_page 404 /evidence/404.html;');
  });

  it('the nginx example includes both, adds no header of its own, and starts on nginx 1.22 (no "http2 on;")', () => {
    const text = readFileSync('scripts/nginx.example.conf', 'utf8');
    const code = text.split('\n').filter((line) => !line.trim().startsWith('#')).join('\n');
    expect(code).toContain('include /var/www/evidence/dist/.nginx/http.conf;');
    expect(code).toContain('include /var/www/evidence/dist/.nginx/server.conf;');
    expect(code).not.toContain('add_header');
    expect(code).not.toMatch(/http2 on;/);
    for (const directive of ['gzip_static on;', 'brotli_static on;', 'gzip_types ', 'absolute_redirect off;']) expect(code).toContain(directive);
    expect(code).toMatch(/gzip_types [^;]*text\/csv[^;]*;/);
    expect(code).not.toMatch(/unsafe-inline/);
  });
});
