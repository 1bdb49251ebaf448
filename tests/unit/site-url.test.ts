/** A build without SITE_URL warns that its absolute links will point at the local preview server. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DEFAULT_SITE_URL, siteUrlWarning } from '../../src/integrations/build/site-url.ts';

describe('the SITE_URL warning', () => {
  it('names what will carry the local address, and how to set the real one, when SITE_URL is not set', () => {
    const warning = siteUrlWarning({ BASE_PATH: '/evidence/' });
    expect(warning).toBe('SITE_URL is not set: links in citations, share buttons, embed code and PDFs will say http://localhost:4321. Set SITE_URL=https://your-site.example (and BASE_PATH) when building the site you publish.');
  });

  it('says nothing when SITE_URL is set', () => {
    expect(siteUrlWarning({ SITE_URL: 'https://example.org' })).toBeUndefined();
  });

  it('names the default that Astro really uses', () => {
    expect(readFileSync('astro.config.mjs', 'utf8')).toContain(`process.env.SITE_URL ?? '${DEFAULT_SITE_URL}'`);
  });
});
