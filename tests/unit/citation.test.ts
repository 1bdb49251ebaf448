import { describe, expect, it } from 'vitest';
import { apa, bibtex, harvard, ris, type Citable } from '../../src/lib/citation.ts';

const chapter: Citable = {
  author: 'North East ADCS',
  date: '2021-07',
  title: 'Early help',
  container: 'North East Regional Care Report',
  url: 'https://example.org/2021-regional-care-report/early-help/#para-12',
  key: 'neadcs2021-early-help',
  kind: 'chapter',
};

describe('citations', () => {
  it('Harvard names the author, year, chapter, publication and exact URL', () => {
    expect(harvard(chapter)).toBe('North East ADCS (2021) ‘Early help’, in North East Regional Care Report. Available at: https://example.org/2021-regional-care-report/early-help/#para-12');
  });
  it('APA gives the month when the publication does', () => {
    expect(apa(chapter)).toBe('North East ADCS. (2021, July). Early help. In North East Regional Care Report. https://example.org/2021-regional-care-report/early-help/#para-12');
    expect(apa({ ...chapter, date: '2023' })).toMatch(/^North East ADCS\. \(2023\)\. /);
    expect(apa({ ...chapter, date: '2021-07-28' })).toMatch(/\(2021, 28 July\)/);
  });
  it('BibTeX escapes braces and keeps the URL whole', () => {
    const bib = bibtex({ ...chapter, title: 'Costs {and} 100% of care' });
    expect(bib).toContain('@incollection{neadcs2021-early-help,');
    expect(bib).toContain('title = {Costs \\{and\\} 100\\% of care}');
    expect(bib).toContain('month = jul');
    expect(bib).toContain(`url = {${chapter.url}}`);
  });
  it('RIS is one tag per line and ends with ER', () => {
    const lines = ris({ ...chapter, kind: 'dataset', container: undefined }).split('\r\n');
    expect(lines[0]).toBe('TY  - DATA');
    expect(lines).toContain('PY  - 2021');
    expect(lines).toContain(`UR  - ${chapter.url}`);
    expect(lines.at(-2)).toBe('ER  - ');
  });
});

describe('citation files', async () => {
  const { loadSiteContent } = await import('../../src/lib/content/site.ts');
  const { citationFiles } = await import('../../src/lib/citation-files.ts');
  const site = loadSiteContent(process.cwd());
  const files = citationFiles(site, 'https://example.org', '/evidence/');

  it('gives every chapter, recommendation and dataset a .bib and a .ris file, with its own URL inside', () => {
    const expected = site.chapters.length + site.recommendations.length + site.datasets.length;
    expect(files.filter((f) => f.path.endsWith('.bib'))).toHaveLength(expected);
    expect(files.filter((f) => f.path.endsWith('.ris'))).toHaveLength(expected);
    const care = files.find((f) => f.path === 'chapters/2021-regional-care-report/care-markets.ris');
    expect(care?.body).toContain('UR  - https://example.org/evidence/2021-regional-care-report/care-markets/');
    expect(care?.contentType).toMatch(/^application\/x-research-info-systems/);
  });

  it('keeps the files of a moved chapter at its old address, pointing to the new one', () => {
    const moved = { ...site, moves: { ...site.moves, pages: new Map([['/2021-regional-care-report/old-name/', '/2021-regional-care-report/care-markets/']]) } };
    const old = citationFiles(moved, 'https://example.org', '/').find((f) => f.path === 'chapters/2021-regional-care-report/old-name.bib');
    expect(old?.body).toContain('url = {https://example.org/2021-regional-care-report/care-markets/}');
  });

  it('keeps the files of a chapter deleted and sent to its publication’s page, citing the publication', () => {
    const publication = site.publications[0]!;
    const to = `/${publication.id}/`;
    const moved = { ...site, moves: { ...site.moves, pages: new Map([[`/${publication.id}/gone/`, to]]) } };
    const old = citationFiles(moved, 'https://example.org', '/').find((f) => f.path === `chapters/${publication.id}/gone.ris`);
    expect(old?.body).toContain(`UR  - https://example.org${to}`);
    expect(old?.body).toContain(`TI  - ${publication.title}`);
    expect(old?.body).toContain('TY  - RPRT');
  });
});
