import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkNumbering } from '../../src/lib/load/numbering.ts';
import { groupBy } from '../../src/lib/lookup.ts';
import { createSlugger, slugify } from '../../src/lib/slug.ts';
import { quoteAnchor } from '../../src/lib/kinds/quote.ts';
import { formatPartialDate } from '../../src/lib/locale.ts';
import { paths, withBase } from '../../src/lib/addresses.ts';
import { contrastRatio } from '../../src/lib/contrast.ts';
import { PAGE_DARK, PAGE_LIGHT, SURFACE_DARK, SURFACE_LIGHT } from '../../src/lib/palette.ts';
import { themeSchema } from '../../src/schemas/theme.ts';
import { daySchema, isAfterToday, partialDateSchema } from '../../src/schemas/publication.ts';

describe('recommendation numbering', () => {
  it('accepts 1..N in any order', () => {
    expect(checkNumbering([3, 1, 2].map((number) => ({ number, where: `f:${number}` })))).toEqual([]);
  });
  it('reports a duplicate with every place it stands', () => {
    expect(checkNumbering([{ number: 1, where: 'a:1' }, { number: 2, where: 'a:5' }, { number: 2, where: 'b:3' }]))
      .toEqual([{ kind: 'duplicate', number: 2, where: ['a:5', 'b:3'] }]);
  });
  it('reports each run of missing numbers once, where the number after it is written', () => {
    expect(checkNumbering([{ number: 1, where: 'a:1' }, { number: 4, where: 'b:9' }, { number: 5, where: 'b:12' }, { number: 7, where: 'c:2' }])).toEqual([
      { kind: 'gap', number: 2, last: 3, next: 4, where: ['b:9'] },
      { kind: 'gap', number: 6, last: 6, next: 7, where: ['c:2'] },
    ]);
  });
  it('reports a list that does not start at 1', () => {
    expect(checkNumbering([{ number: 2, where: 'a:1' }])).toEqual([{ kind: 'gap', number: 1, last: 1, next: 2, where: ['a:1'] }]);
  });
  it('groups by key in order of first appearance', () => {
    const groups = groupBy([{ t: 'b', n: 1 }, { t: 'a', n: 2 }, { t: 'b', n: 3 }], (x) => x.t);
    expect([...groups.keys()]).toEqual(['b', 'a']);
    expect(groups.get('b')!.map((x) => x.n)).toEqual([1, 3]);
  });
});

describe('slugs and anchors', () => {
  it('slugs headings with curly apostrophes the way readers expect', () => {
    expect(slugify('Children’s services in the North East')).toBe('childrens-services-in-the-north-east');
    expect(slugify('Two “asks” of the Independent Care Review')).toBe('two-asks-of-the-independent-care-review');
  });
  it('de-duplicates within a page', () => {
    const slug = createSlugger();
    expect([slug('Recommendations'), slug('Recommendations'), slug('Summary')]).toEqual(['recommendations', 'recommendations-1', 'summary']);
  });
  it('anchors a quote by its first six words', () => {
    expect(quoteAnchor('“Poverty is stark, shameful and obvious. Life chances are blighted.”')).toBe('quote-poverty-is-stark-shameful-and-obvious');
  });
});

describe('dates and URLs', () => {
  it('writes dates to the precision given', () => {
    expect(formatPartialDate('2023')).toBe('2023');
    expect(formatPartialDate('2021-07')).toBe('July 2021');
    expect(formatPartialDate('2021-07-28')).toBe('28 July 2021');
    expect(() => formatPartialDate('2021-13')).toThrow();
  });
  it('builds the URL scheme under any base path', () => {
    expect(withBase(paths.chapter('2021-regional-care-report', 'early-help'), '/')).toBe('/2021-regional-care-report/early-help/');
    expect(withBase(paths.theme('care-markets'), '/evidence/')).toBe('/evidence/themes/care-markets/');
    expect(paths.fragment('p', 'c', 'recommendation-4')).toBe('/p/c/#recommendation-4');
  });
  it('reads a page’s place from its address under any base path', async () => {
    const { pathSegments, isInPublication } = await import('../../src/lib/addresses.ts');
    expect(pathSegments('/evidence/2021-report/early-help/', '/evidence/')).toEqual(['2021-report', 'early-help']);
    expect(pathSegments('/2021-report/', '/')).toEqual(['2021-report']);
    expect(isInPublication('/evidence/2021-report/early-help/', '/evidence/', ['2021-report'])).toBe(true);
    expect(isInPublication('/evidence/2021-report/', '/evidence/', ['2021-report'])).toBe(false);
    expect(isInPublication('/data/x/', '/', ['2021-report'])).toBe(false);
  });
});

describe('theme colours', () => {
  const themes = (parse(readFileSync('src/content/themes.yaml', 'utf8')) as unknown[]).map((t) => themeSchema.parse(t));

  it('the report has its six key themes and two context themes', () => {
    expect(themes.filter((t) => t.kind === 'key').map((t) => t.id)).toEqual([
      'early-help', 'partnerships-and-integration', 'childrens-workforce', 'care-markets',
      'ofsted-regulatory-framework', 'court-system-and-family-justice',
    ]);
    expect(themes.filter((t) => t.kind === 'context').map((t) => t.id)).toEqual(['poverty-and-demand', 'funding']);
  });

  for (const [label, colourKey, backgrounds] of [
    ['light', 'colour', [PAGE_LIGHT, SURFACE_LIGHT]],
    ['dark', 'colourDark', [PAGE_DARK, SURFACE_DARK]],
  ] as const) {
    it(`every theme colour reaches 4.5:1 on ${label} pages and panels`, () => {
      for (const theme of themes) {
        for (const bg of backgrounds) {
          expect(contrastRatio(theme[colourKey], bg), `${theme.id} on ${bg}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    });
  }

  it('computes the WCAG ratio for known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('JSON inside a script element', () => {
  it('cannot close the element early', async () => {
    const { jsonForScript } = await import('../../src/lib/escape.ts');
    const json = jsonForScript({ headline: 'Second </script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ headline: 'Second </script><script>alert(1)</script>' });
  });
});

describe('author components', () => {
  it('have one Astro file each in src/components/author, and that folder holds no other', async () => {
    const { COMPONENT_NAMES } = await import('../../src/lib/kinds/index.ts');
    const { readdirSync } = await import('node:fs');
    const files = readdirSync('src/components/author').filter((f) => f.endsWith('.astro')).map((f) => f.replace(/\.astro$/, ''));
    expect([...files].sort()).toEqual([...COMPONENT_NAMES].sort());
  });
});

describe('asset cache keys', async () => {
  const { pageDependencies } = await import('../../src/integrations/build/asset-cache.ts');
  it('lists the local stylesheets, preloads and scripts a page loads, and nothing remote or inline', () => {
    const html = '<link rel="stylesheet" href="/_astro/global.css"><link href="/themes.css" rel="stylesheet"><link rel="icon" href="/favicon.svg">'
      + '<link rel="modulepreload" href="/_astro/chart.js"><script type="module" src="/_astro/page.js"></script><script>inline()</script>'
      + '<script src="//cdn.example.org/x.js"></script><link rel="stylesheet" href="https://example.org/a.css">';
    expect(pageDependencies(html)).toEqual(['/_astro/chart.js', '/_astro/global.css', '/_astro/page.js', '/themes.css']);
  });
});

describe('related recommendations', async () => {
  const { relatedRecommendations, RELATED_LIMIT } = await import('../../src/lib/indexes.ts');
  const rec = (publication: string, date: string, theme: string, number: number) => ({ publication, date, theme, number });
  const entry = rec('a', '2021-07', 'care', 1);

  it('lists the same theme in other publications only', () => {
    const all = [entry, rec('a', '2021-07', 'care', 2), rec('b', '2023', 'care', 1), rec('b', '2023', 'poverty', 2)];
    const { shown, total } = relatedRecommendations(entry, all);
    expect(shown.map((r) => `${r.publication}-${r.number}`)).toEqual(['b-1']);
    expect(total).toBe(1);
  });

  it('keeps the page short: the most recent publications first, and how many there are in all', () => {
    // Same year, different months: the date decides, not the order publications are listed in.
    const older = [1, 2, 3, 4].map((n) => rec('old', '2024-01', 'care', n));
    const newer = [1, 2, 3, 4].map((n) => rec('new', '2024-11', 'care', n));
    const { shown, total } = relatedRecommendations(entry, [entry, ...older, ...newer]);
    expect(total).toBe(8);
    expect(shown).toHaveLength(RELATED_LIMIT);
    expect(shown.slice(0, 4)).toEqual(newer);
    expect(shown.slice(4)).toEqual(older.slice(0, RELATED_LIMIT - 4));
  });
});

describe('chapters on the same theme in other publications', async () => {
  const { sameThemeElsewhere, RELATED_LIMIT } = await import('../../src/lib/indexes.ts');
  type Site = import('../../src/lib/model.ts').SiteContent;
  const publication = (id: string, date: string, readAs = 'chapters') => ({ id, date, formatEntry: { readAs } });
  const chapter = (publication: string, slug: string, theme?: string) => ({ id: `${publication}/${slug}`, slug, data: { publication, theme } });
  const publications = [publication('a', '2021-07'), publication('b', '2023-01'), publication('news', '2023-02', 'press-release'),
    ...Array.from({ length: 8 }, (_, i) => publication(`old-${i}`, `2019-0${i + 1}`))];
  const chapters = [chapter('a', 'care', 'care'), chapter('a', 'other', 'care'), chapter('b', 'care', 'care'), chapter('b', 'money', 'poverty'),
    chapter('news', 'release', 'care'), ...publications.slice(3).map((p) => chapter(p.id, 'care', 'care')), chapter('b', 'intro')];
  const site = { publications, chapters } as unknown as Site;
  const list = (c: (typeof chapters)[number]) => sameThemeElsewhere(site, c as unknown as Site['chapters'][number]);

  it('lists the theme in other publications, newest first, without press releases, and counts them all', () => {
    const { shown, total } = list(chapters[0]!);
    expect(total).toBe(9);
    expect(shown).toHaveLength(RELATED_LIMIT);
    expect(shown.map((s) => s.chapter.id)).toEqual(['b/care', 'old-7/care', 'old-6/care', 'old-5/care', 'old-4/care', 'old-3/care']);
  });

  it('lists nothing for a chapter with no theme', () => {
    expect(list(chapters.at(-1)!)).toEqual({ shown: [], total: 0 });
  });
});

describe('site lookups', async () => {
  const { siteLookup } = await import('../../src/lib/lookup.ts');
  type Site = import('../../src/lib/load/load-site.ts').SiteContent;
  const chapter = (publication: string, slug: string) => ({ id: `${publication}/${slug}`, slug, data: { publication } });
  const chapters = [chapter('a', 'one'), chapter('a', 'two'), chapter('b', 'one'), chapter('a', 'three')];
  const site = { publications: [{ id: 'a' }, { id: 'b' }, { id: 'empty' }], chapters } as unknown as Site;

  it('give a publication its chapters in site order, and none for a publication without chapters', () => {
    expect(siteLookup(site).chaptersOf('a').map((c) => c.slug)).toEqual(['one', 'two', 'three']);
    expect(siteLookup(site).chaptersOf('b').map((c) => c.id)).toEqual(['b/one']);
    expect(siteLookup(site).chaptersOf('empty')).toEqual([]);
  });

  it('find a chapter by publication and slug, and name what is missing', () => {
    expect(siteLookup(site).chapter('b', 'one')).toBe(chapters[2]);
    expect(() => siteLookup(site).chapter('b', 'two')).toThrow('No chapter b/two');
    expect(() => siteLookup(site).publication('c')).toThrow('No publication c');
  });
});

const RECOMMENDATION = { id: 'recommendation', singular: 'recommendation', plural: 'recommendations' };
const KEY_POINT = { id: 'key-point', singular: 'key point', plural: 'key points' };

describe('recommendations on a theme', async () => {
  const { recommendationsOfPublication, recommendationsOnTheme } = await import('../../src/lib/kinds/numbered-item.ts');
  type Site = import('../../src/lib/model.ts').SiteContent;
  const rec = (publication: string, number: number, theme: string) => ({ publication, chapter: 'c', number, theme, anchor: `recommendation-${number}` });
  const site = {
    themes: [{ id: 'care', name: 'Care' }, { id: 'money', name: 'Money' }],
    publications: [{ id: 'a', code: 'A', title: 'A', shortTitle: 'A', date: '2021', itemWords: RECOMMENDATION }, { id: 'b', code: 'B', title: 'B', shortTitle: 'B', date: '2023', itemWords: KEY_POINT }],
    chapters: [{ id: 'a/c', slug: 'c', data: { publication: 'a', title: 'C' }, extract: { blocks: [] } }, { id: 'b/c', slug: 'c', data: { publication: 'b', title: 'C' }, extract: { blocks: [] } }],
    recommendations: [rec('a', 1, 'care'), rec('a', 2, 'money'), rec('b', 1, 'care')],
    progress: [],
  } as unknown as Site;

  it('are every recommendation with that theme, in site order, and none for a theme without any', () => {
    expect(recommendationsOnTheme(site, 'care').map((r) => r.permalink)).toEqual(['/recommendations/A-1/', '/recommendations/B-1/']);
    expect(recommendationsOnTheme(site, 'money').map((r) => r.permalink)).toEqual(['/recommendations/A-2/']);
    expect(recommendationsOnTheme(site, 'none')).toEqual([]);
  });

  it('and of a publication, are its recommendations in their order, and none for a publication without any', () => {
    expect(recommendationsOfPublication(site, 'a').map((r) => r.permalink)).toEqual(['/recommendations/A-1/', '/recommendations/A-2/']);
    expect(recommendationsOfPublication(site, 'c')).toEqual([]);
    // Each is labelled in its own document's word.
    expect(recommendationsOnTheme(site, 'care').map((r) => r.label)).toEqual(['Recommendation 1', 'Key point 1']);
  });
});

describe('content files, for astro dev', async () => {
  const { isContentFile } = await import('../../src/integrations/content-reload.ts');
  it('are the files under src/content and data, and nothing else', () => {
    expect(isContentFile('/site', '/site/src/content/chapters/a/b.mdx')).toBe(true);
    expect(isContentFile('/site', '/site/src/content/publications/a.yaml')).toBe(true);
    expect(isContentFile('/site', '/site/data/datasets/x.json')).toBe(true);
    expect(isContentFile('/site', '/site/src/components/Quote.astro')).toBe(false);
    expect(isContentFile('/site', '/site/database/x.json')).toBe(false);
    expect(isContentFile('/site', '/other/src/content/a.mdx')).toBe(false);
  });
});

describe('dates', () => {
  const problem = (schema: typeof daySchema, value: string) => {
    const result = schema.safeParse(value);
    return result.success ? undefined : result.error.issues.map((i) => i.message);
  };
  it('a correction’s day must exist and have passed, with one message for each mistake', () => {
    expect(problem(daySchema, '2026-02-30')).toEqual(['must be a real date: months run from 01 to 12, and days to the end of their month']);
    expect(problem(daySchema, '30/02/2026')).toEqual(['must be a date written as YYYY-MM-DD, e.g. "2026-11-23"']);
    expect(problem(daySchema, '2999-01-01')).toEqual(['is after today: a date on this site is when something happened']);
    expect(problem(daySchema, '2021-07-28')).toBeUndefined();
  });
  it('a publication date is after today only if the whole of its year, month or day is', () => {
    const today = new Date('2026-11-30T12:00:00Z');
    expect(isAfterToday('2026', today)).toBe(false);
    expect(isAfterToday('2026-11', today)).toBe(false);
    expect(isAfterToday('2026-12', today)).toBe(true);
    expect(isAfterToday('2026-11-30', today)).toBe(false);
    expect(isAfterToday('2026-12-01', today)).toBe(true);
    expect(problem(partialDateSchema, '2201-07')).toEqual(['is after today: a date on this site is when something happened']);
  });
});

describe('a publication’s author line', async () => {
  const { authorLine } = await import('../../src/lib/authors.ts');
  it('ends the names with a full stop before the acknowledgement, as the 2023 response prints it', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync('data/sources/2023-response-to-government-proposals.txt', 'utf8');
    const line = authorLine(['Kathryn Boulton', 'Sue Myers'], "With support from Alison O'Sullivan.");
    expect(source).toContain(line);
    expect(authorLine(['A', 'B'])).toBe('A, B');
  });
});

describe('numbered items in each document’s own word', async () => {
  const { itemLabel, itemName, itemsCounted } = await import('../../src/lib/kinds/numbered-item.ts');
  const ACTION = { id: 'action', singular: 'action', plural: 'actions' };
  it('labels, names and counts recommendations, key points and any other word the site file gives', () => {
    expect(itemLabel(KEY_POINT, 4)).toBe('Key point 4');
    expect(itemLabel(RECOMMENDATION, 4)).toBe('Recommendation 4');
    expect(itemLabel(ACTION, 1)).toBe('Action 1');
    expect(itemName(KEY_POINT, 4)).toBe('key point 4');
    expect(itemsCounted(KEY_POINT, 1)).toBe('1 key point');
    expect(itemsCounted(KEY_POINT, 15, 'numbered')).toBe('15 numbered key points');
    expect(itemsCounted({ id: 'finding', singular: 'finding', plural: 'findings' }, 3)).toBe('3 findings');
  });
  it('counts the items of several documents in all their words, each word once', async () => {
    const { kindsCounted, kindsPlural } = await import('../../src/lib/kinds/numbered-item.ts');
    expect(kindsCounted([KEY_POINT], 15, RECOMMENDATION)).toBe('15 key points');
    expect(kindsCounted([RECOMMENDATION], 1, RECOMMENDATION)).toBe('1 recommendation');
    expect(kindsCounted([RECOMMENDATION, KEY_POINT], 35, RECOMMENDATION)).toBe('35 recommendations and key points');
    expect(kindsCounted([], 0, RECOMMENDATION)).toBe('0 recommendations');
    expect(kindsCounted([], 0, ACTION)).toBe('0 actions');
    expect(kindsPlural([KEY_POINT, RECOMMENDATION], RECOMMENDATION)).toBe('key points and recommendations');
    const { kindsOf } = await import('../../src/lib/kinds/numbered-item.ts');
    const publications = [{ id: 'r', itemWords: RECOMMENDATION }, { id: 'k', itemWords: KEY_POINT }, { id: 'r2', itemWords: RECOMMENDATION }];
    expect(kindsOf(publications, [{ publication: 'k' }, { publication: 'k' }])).toEqual([KEY_POINT]);
    expect(kindsOf(publications, [{ publication: 'k' }, { publication: 'r' }, { publication: 'r2' }])).toEqual([RECOMMENDATION, KEY_POINT]);
  });
});

describe('a quote copied for the press', async () => {
  const { quoteForCopy } = await import('../../src/lib/kinds/quote.ts');
  const where = { by: 'John Pearce', publicationTitle: 'Press release', year: 2021 };
  it('joins a quote printed with a mark at each paragraph into one line with matched marks', () => {
    const text = '“Endemic poverty is driving demand.\n\n“We know these issues are not unique.\n\n“We believe we can contribute.”';
    expect(quoteForCopy({ ...where, text }, 'https://example.org/x/#q'))
      .toBe('“Endemic poverty is driving demand. We know these issues are not unique. We believe we can contribute.” — John Pearce, Press release (2021). https://example.org/x/#q');
  });
  it('puts marks around a quote printed without them', () => {
    expect(quoteForCopy({ ...where, text: 'No.\n\nBut some do.' }, 'u')).toBe('“No. But some do.” — John Pearce, Press release (2021). u');
  });
});
