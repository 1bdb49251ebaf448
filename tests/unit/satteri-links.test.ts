/**
 * Links to pages of this site get the trailing slash the site's addresses have (trailingSlash:
 * 'always'), so /report/care-markets does not 404 under `npm run preview` or on the live site.
 */
import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { linksHast, withTrailingSlash } from '../../src/plugins/satteri-links.ts';

async function hrefs(markdown: string, base: string): Promise<string[]> {
  const { code } = await mdxToJs(markdown, {
    hastPlugins: [linksHast({ base })],
    features: { smartPunctuation: false },
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
  });
  return [...code.matchAll(/href: "([^"]*)"/g)].map((m) => m[1]!);
}

describe('links to pages of this site get their trailing slash', () => {
  it.each([
    ['/2021-regional-care-report/care-markets', '/2021-regional-care-report/care-markets/'],
    ['/2021-regional-care-report/care-markets#the-market', '/2021-regional-care-report/care-markets/#the-market'],
    ['/quotes?theme=early-help#q', '/quotes/?theme=early-help#q'],
    ['/2021-regional-care-report/care-markets/', '/2021-regional-care-report/care-markets/'],
    ['/2021-regional-care-report/care-markets/#x', '/2021-regional-care-report/care-markets/#x'],
    ['/data/child-poverty.csv', '/data/child-poverty.csv'],
    ['/', '/'],
  ])('%s → %s', (href, expected) => expect(withTrailingSlash(href)).toBe(expected));

  it('in a page build, at the root and under a base path; other links as written', async () => {
    const markdown = [
      '[a](/2021-regional-care-report/care-markets)',
      '[b](/2021-regional-care-report/care-markets#the-market)',
      '[c](/data/child-poverty.csv)',
      '[d](#note-1)',
      '[e](https://example.org/page)',
      '[f](/recommendations/2021-4/)',
    ].join(' ');
    expect(await hrefs(markdown, '/')).toEqual([
      '/2021-regional-care-report/care-markets/',
      '/2021-regional-care-report/care-markets/#the-market',
      '/data/child-poverty.csv',
      '#note-1',
      'https://example.org/page',
      '/recommendations/2021-4/',
    ]);
    expect(await hrefs(markdown, '/evidence/')).toEqual([
      '/evidence/2021-regional-care-report/care-markets/',
      '/evidence/2021-regional-care-report/care-markets/#the-market',
      '/evidence/data/child-poverty.csv',
      '#note-1',
      'https://example.org/page',
      '/evidence/recommendations/2021-4/',
    ]);
  });
});

describe('images from public/ under a base path', () => {
  it('an image written as /images/… gets the base path, as links do', async () => {
    const { code } = await mdxToJs('![A map of the districts](/images/map.png)', {
      hastPlugins: [linksHast({ base: '/evidence/' })], features: { smartPunctuation: false }, jsxImportSource: 'astro', elementAttributeNameCase: 'html',
    });
    expect([...code.matchAll(/src: "([^"]*)"/g)].map((m) => m[1])).toEqual(['/evidence/images/map.png']);
  });
});
