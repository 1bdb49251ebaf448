/** The site file (src/content/site.yaml): read like every other content file, its mistakes named at their line with the fix. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../src/lib/load/load-site.ts';
import { formatFinding } from '../../src/lib/findings.ts';
import { fixtureSite, removeFixtureSites } from './helpers/fixture-site.ts';

const SITE = 'src/content/site.yaml';
const errorsOf = (root: string): string[] => loadSite(root).findings.filter((f) => f.severity === 'error').map(formatFinding);
afterAll(removeFixtureSites);

describe('the site file', () => {
  it('gives the pages their words, language and currency, and each publication its format and word for numbered items', () => {
    const site = loadSite(fixtureSite());
    expect(site.findings.map(formatFinding)).toEqual([]);
    expect(site.config.name).toBe('Test evidence');
    expect(site.config.locale).toEqual({ language: 'en-GB', currency: 'GBP' });
    const [report] = site.publications;
    expect(report?.formatEntry).toEqual({ id: 'report', label: 'Report', noun: 'report', readAs: 'chapters' });
    expect(report?.itemWords).toEqual({ id: 'recommendation', singular: 'recommendation', plural: 'recommendations' });
  });

  it('names a misspelt field once, at its line, with the field it meant, and not also as missing', () => {
    expect(errorsOf(fixtureSite([{ file: SITE, content: (s) => s.replace('tagline:', 'tagine:') }]))).toEqual([
      expect.stringMatching(/^src\/content\/site\.yaml:3:1 {2}unknown-field {2}field "tagine" is not one this file takes.*\(did you mean "tagline"\? Rename it\)$/),
    ]);
  });

  it('says what a currency or language must look like', () => {
    expect(errorsOf(fixtureSite([{ file: SITE, content: (s) => s.replace('currency: GBP', 'currency: pounds') }]))).toEqual([
      expect.stringMatching(/site\.yaml:\d+:1 {2}invalid-field {2}field "locale\.currency" must be a three-letter currency code such as "GBP", "EUR" or "USD" \(received "pounds"\)/),
    ]);
    expect(errorsOf(fixtureSite([{ file: SITE, content: (s) => s.replace('language: en-GB', 'language: English') }]))).toEqual([
      expect.stringMatching(/invalid-field {2}field "locale\.language" must be a language tag such as "en-GB" or "en-US" \(received "English"\)/),
    ]);
  });

  it('is the list other files name their words from: a format it does not list is an error at the publication’s line', () => {
    expect(errorsOf(fixtureSite([{ file: 'src/content/publications/test-report.yaml', content: (s) => `${s}format: consultation\n` }]))).toEqual([
      expect.stringMatching(/^src\/content\/publications\/test-report\.yaml:10:1 {2}unknown-format {2}field "format" is "consultation", which is not one of the formats in src\/content\/site\.yaml {2}\(use one of: report, slides, press-release, or add it under formats: in src\/content\/site\.yaml\)$/),
    ]);
    // Added to the site file, the same word is a format like any other.
    const added = loadSite(fixtureSite([
      { file: 'src/content/publications/test-report.yaml', content: (s) => `${s}format: consultation\n` },
      { file: SITE, content: (s) => s.replace('formats:\n', 'formats:\n  - { id: consultation, label: Consultation, noun: consultation, readAs: chapters }\n') },
    ]));
    expect(added.findings.map(formatFinding)).toEqual([]);
    expect(added.publications[0]?.formatEntry.label).toBe('Consultation');
  });

  it('while it has an error of its own, adds no second error to every file that names one of its words', () => {
    const broken = fixtureSite([{ file: SITE, content: (s) => s.replace('formats:', 'formatz:') }]);
    const errors = errorsOf(broken);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/site\.yaml:\d+:1 {2}unknown-field {2}field "formatz".*did you mean "formats"/);
  });

  it('is required: a site without one is told how to make it', () => {
    expect(errorsOf(fixtureSite([{ file: SITE, content: null }]))).toEqual([
      expect.stringMatching(/^src\/content\/site\.yaml {2}missing-file {2}the site file is missing.*npm run new -- site/),
    ]);
  });

  it('names the icon only if it is in public/', () => {
    expect(errorsOf(fixtureSite([{ file: SITE, content: (s) => `${s}favicon: icon.svg\n` }]))).toEqual([
      expect.stringMatching(/site\.yaml:\d+:1 {2}missing-public-file {2}"favicon" names icon\.svg, which is not in public\//),
    ]);
  });
});
