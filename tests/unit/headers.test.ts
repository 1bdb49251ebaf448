import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const REQUIRED = ['Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Content-Security-Policy'];

describe('security headers for deployment', () => {
  it('the _headers file sets every required header, and lets only the embed pages be framed', () => {
    const text = readFileSync('public/_headers', 'utf8');
    const [all, embed] = text.split(/^\/data\/\*\/embed\/\*$/m);
    for (const header of REQUIRED) expect(all).toMatch(new RegExp(`^\\s+${header}: \\S`, 'm'));
    expect(all).toContain("frame-ancestors 'self'");
    expect(embed).toContain('frame-ancestors *');
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
