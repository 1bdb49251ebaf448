/**
 * Where the built site says it lives: a local build without SITE_URL warns (its links point at the
 * local preview server); a build that publishes (PUBLISH=1, or on CI) refuses to run without it,
 * naming the variable and an example.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DEFAULT_SITE_URL, checkSiteUrl } from '../../src/integrations/build/site-url.ts';

describe('SITE_URL', () => {
  it('on a local build without it: a warning naming what will carry the local address, and how to set the real one', () => {
    expect(checkSiteUrl({ BASE_PATH: '/evidence/' })).toEqual({
      warning: 'SITE_URL is not set: links in citations, share buttons, embed code and PDFs will say http://localhost:4321. Set SITE_URL=https://your-site.example (and BASE_PATH) when building the site you publish.',
    });
    // CI=false or an empty PUBLISH are not a build that publishes.
    expect(checkSiteUrl({ CI: 'false', PUBLISH: '' }).error).toBeUndefined();
  });

  it('says nothing when it is set to a web address', () => {
    expect(checkSiteUrl({ SITE_URL: 'https://example.org' })).toEqual({});
    expect(checkSiteUrl({ SITE_URL: 'https://example.org/', PUBLISH: '1', CI: 'true' })).toEqual({});
  });

  for (const env of [{ PUBLISH: '1' }, { CI: 'true' }, { CI: '1' }]) {
    it(`refuses a build that publishes without it, naming the variable and an example (${JSON.stringify(env)})`, () => {
      const { error, warning } = checkSiteUrl(env);
      expect(warning).toBeUndefined();
      expect(error).toMatch(/^SITE_URL is not set, and (PUBLISH=1 is set|this build runs on CI \(CI is set\)): every canonical link, citation, CSV source column, embed code, PDF cover, feed and sitemap would say http:\/\/localhost:4321\./);
      expect(error).toContain('for example SITE_URL=https://evidence.example.org npm run build');
    });
  }

  it('on CI, a build that is not for publishing (the tests) sets the local address explicitly, and runs', () => {
    expect(checkSiteUrl({ CI: 'true' }).error).toContain(`A CI build that is not for publishing (tests) sets SITE_URL=${DEFAULT_SITE_URL} to say so.`);
    expect(checkSiteUrl({ CI: 'true', SITE_URL: DEFAULT_SITE_URL })).toEqual({});
  });

  it('with PUBLISH=1, refuses a local address too: a published site would link to it', () => {
    for (const local of ['http://localhost:4321', 'http://127.0.0.1:8080', 'http://[::1]/', 'http://site.localhost']) {
      expect(checkSiteUrl({ PUBLISH: '1', SITE_URL: local }).error, local).toMatch(/^PUBLISH=1, but SITE_URL is a local address/);
    }
  });

  it('refuses what is not an origin: no scheme, or a path that belongs in BASE_PATH', () => {
    expect(checkSiteUrl({ SITE_URL: 'evidence.example.org' }).error).toMatch(/^SITE_URL is not a web address: "evidence\.example\.org"/);
    expect(checkSiteUrl({ SITE_URL: 'ftp://example.org' }).error).toMatch(/^SITE_URL is not a web address/);
    expect(checkSiteUrl({ SITE_URL: 'https://example.org/evidence' }).error).toBe('SITE_URL is the origin only ("https://example.org"): put the path in BASE_PATH, for example SITE_URL=https://example.org BASE_PATH=/evidence/.');
  });

  it('names the default that Astro really uses', () => {
    expect(readFileSync('astro.config.mjs', 'utf8')).toContain(`process.env.SITE_URL ?? '${DEFAULT_SITE_URL}'`);
  });
});
