import { afterAll, describe, expect, it } from 'vitest';
import { loadAndCheckSite as loadSiteContent } from '../../src/lib/check/check-site.ts';
import { formatFinding } from '../../src/lib/findings.ts';
import { chapterTemplate, datasetTemplate, fileNameFor, publicationTemplate, PLACEHOLDERS } from '../../src/lib/scaffold.ts';
import { ID_PATTERN } from '../../src/schemas/ids.ts';
import { fixtureSite, removeFixtureSites } from './helpers/fixture-site.ts';

afterAll(removeFixtureSites);

describe('npm run new templates', () => {
  /** What an editor does next: put the publication's own words where the template's placeholders are. */
  const filledIn = (text: string): string => Object.values(PLACEHOLDERS).reduce((out, placeholder) =>
    out.replace(placeholder, placeholder === PLACEHOLDERS.publicationSource ? 'test.txt' : 'Words the publication prints.'), text);

  const chapter = (): string => chapterTemplate({ publication: 'test-report', order: 3, title: 'A new chapter on “care”', themes: ['early-help', 'care-markets'], nextItem: 4 });
  const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

  it('a new chapter is well-formed: the check asks only that each placeholder be replaced, on its line', () => {
    const template = chapter();
    const root = fixtureSite([{ file: 'src/content/chapters/test-report/third.mdx', content: template }]);
    const findings = loadSiteContent(root).findings;
    const placeholders = [PLACEHOLDERS.chapterSummary, PLACEHOLDERS.chapterOpening, PLACEHOLDERS.chapterBody, PLACEHOLDERS.quoteBy, PLACEHOLDERS.quoteText, PLACEHOLDERS.itemText];
    expect(findings.map((f) => [f.rule, f.line])).toEqual(placeholders.map((p) => ['scaffold-placeholder', lineOf(template, p)]));
    expect(formatFinding(findings[3]!)).toMatch(/“Replace this with the speaker’s role, as the publication gives it” is the template’s placeholder.*an example quote or numbered item the chapter does not have, delete/);
  });

  it('shows a quote, and a numbered item with the publication’s next number and a theme of the site', () => {
    const template = chapter();
    expect(template).toContain(`<Quote by="${PLACEHOLDERS.quoteBy}">`);
    expect(template).toContain('<Recommendation number={4} theme="early-help">');
    expect(template).toContain('# theme: early-help   # optional: one of the themes in src/content/themes.yaml (early-help, care-markets)');
  });

  it('a new chapter, once its placeholders are replaced, passes every content check', () => {
    const template = filledIn(chapter());
    const root = fixtureSite([{ file: 'src/content/chapters/test-report/third.mdx', content: template }]);
    const content = loadSiteContent(root);
    expect(content.findings.map(formatFinding)).toEqual([]);
    expect(content.chapters.map((c) => c.data.title)).toContain('A new chapter on “care”');
    expect(content.recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4]);
  });

  it('a new publication with its first chapter asks for its placeholders, then passes every content check', () => {
    const files = (fill: (s: string) => string) => [
      { file: 'src/content/publications/2024-annual-report.yaml', content: fill(publicationTemplate({ title: 'Annual report', code: '2024annualreport', order: 2, date: '2024', publisher: 'Test publisher' })) },
      { file: 'src/content/chapters/2024-annual-report/introduction.mdx', content: fill(chapterTemplate({ publication: '2024-annual-report', order: 1, title: 'Introduction', themes: ['early-help'] })) },
    ];
    const asMade = loadSiteContent(fixtureSite(files((s) => s))).findings;
    expect(new Set(asMade.map((f) => f.rule))).toEqual(new Set(['scaffold-placeholder']));
    expect(asMade.filter((f) => f.file.endsWith('2024-annual-report.yaml')).map((f) => f.line)).toEqual([5, 8, 9]);
    expect(loadSiteContent(fixtureSite(files(filledIn))).findings.map(formatFinding)).toEqual([]);
  });

  it('a new dataset flags every placeholder, not only its figures, and nothing else until they are replaced', () => {
    const template = datasetTemplate({ id: 'new-figures', title: 'New figures' });
    const root = fixtureSite([{ file: 'data/datasets/new-figures.json', content: template }]);
    const findings = loadSiteContent(root).findings.filter((f) => f.file === 'data/datasets/new-figures.json');
    const expected = [PLACEHOLDERS.datasetDescription, PLACEHOLDERS.datasetPeriod, PLACEHOLDERS.datasetFirstCategory, PLACEHOLDERS.datasetSecondCategory, PLACEHOLDERS.datasetSeries,
      PLACEHOLDERS.publicationSource, PLACEHOLDERS.datasetPublication, PLACEHOLDERS.datasetChapter, PLACEHOLDERS.datasetStatement, PLACEHOLDERS.datasetSummary];
    expect(findings.map((f) => [f.rule, f.line]).sort((a, b) => (a[1] as number) - (b[1] as number))).toEqual(expected.map((p) => ['scaffold-placeholder', lineOf(template, p)]).sort((a, b) => (a[1] as number) - (b[1] as number)));
  });
});

describe('file names made from titles', () => {
  it.each([
    ['Care – and support', 'care-and-support'],
    ['Health & care', 'health-and-care'],
    ['Gwasanaethau ŵyr a ŷd', 'gwasanaethau-wyr-a-yd'],
    ['Our 🎉 year', 'our-year'],
    ['Æsop’s “fables”: Straße', 'aesops-fables-strasse'],
    ['What we found — 2024/25', 'what-we-found-2024-25'],
    ['A very long title that goes on and on about the many services the council runs every year', 'a-very-long-title-that-goes-on-and-on-about-the-many'],
  ])('%s → %s, a name the check accepts', (title, name) => {
    expect(fileNameFor(title)).toBe(name);
    expect(ID_PATTERN.test(fileNameFor(title)!)).toBe(true);
  });

  it('a title with no letter or digit (only emoji) makes none: the command asks for one', () => {
    expect(fileNameFor('🎉🎉')).toBeUndefined();
    expect(fileNameFor(' – & ')).toBe('and');
  });
});
