import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ANY_ORIGIN, SAME_ORIGIN, headerRules, headersFile, isEmbedPage, matchesRule } from '../../src/lib/headers.ts';

const REQUIRED = ['Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Content-Security-Policy'];
const PAGES = ['/', '/2021-regional-care-report/', '/2021-regional-care-report/early-help/', '/data/', '/data/child-poverty/', '/data/child-poverty/embed/', '/data/child-poverty.csv', '/quotes/roles/director/', '/404.html'];

/** The policies a host applies to a path: every rule that matches (Netlify joins them all). */
function policiesFor(rules: [string, string[]][], path: string): string[] {
  return rules.filter(([pattern]) => matchesRule(pattern, path)).flatMap(([, headers]) => headers.filter((h) => h.startsWith('Content-Security-Policy')));
}

describe('security headers for deployment', () => {
  for (const base of ['/', '/evidence/']) {
    it(`every page gets exactly one frame policy, and only embed pages may be framed (base ${base})`, () => {
      const rules = headerRules(PAGES, base);
      for (const page of PAGES.filter((p) => p.endsWith('/') || p.endsWith('.html'))) {
        const path = `${base.replace(/\/$/, '')}${page}`;
        expect(policiesFor(rules, path), path).toEqual([isEmbedPage(page) ? ANY_ORIGIN : SAME_ORIGIN]);
      }
      const all = rules.filter(([pattern]) => matchesRule(pattern, `${base.replace(/\/$/, '')}/quotes/`)).flatMap(([, h]) => h).join('\n');
      for (const header of REQUIRED) expect(all).toMatch(new RegExp(`^${header}: \\S`, 'm'));
    });
  }
  it('the file is what hosts read: a pattern line, then indented headers', () => {
    const text = headersFile(PAGES, '/');
    expect(text).toContain("\n/data/child-poverty/embed/\n  Content-Security-Policy: frame-ancestors *;");
    expect(text).toContain("\n/2021-regional-care-report/*\n  Content-Security-Policy: frame-ancestors 'self';");
    expect(text).not.toMatch(/unsafe-inline/);
  });
  it('the nginx example sets the same headers in every location that answers pages', () => {
    const text = readFileSync('scripts/nginx.example.conf', 'utf8');
    const embed = text.slice(text.indexOf('location ~ ^/data/[^/]+/embed/'));
    for (const header of REQUIRED) {
      expect(text).toContain(`add_header ${header}`);
      expect(embed.slice(0, embed.indexOf('}'))).toContain(`add_header ${header}`);
    }
    expect(embed).toContain('frame-ancestors *');
    expect(text).not.toMatch(/unsafe-inline/);
  });
});
