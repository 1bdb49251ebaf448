import { describe, expect, it } from 'vitest';
import { accessedDay, apa, bibtex, cslJson, harvard, harvardParagraph, ris, withAccessed, type Citable } from '../../src/lib/citations/styles.ts';

const chapter: Citable = {
  people: [],
  publisher: 'North East ADCS',
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
  it('BibTeX cites a whole report as a techreport, its publisher as the institution', () => {
    const report = bibtex({ ...chapter, kind: 'publication', title: 'North East Regional Care Report', container: undefined });
    expect(report).toMatch(/^@techreport\{/);
    expect(report).toContain('institution = {North East ADCS}');
    expect(report).not.toContain('publisher =');
  });
  it('BibTeX escapes braces and keeps the URL whole', () => {
    const bib = bibtex({ ...chapter, title: 'Costs {and} 100% of care' });
    expect(bib).toContain('@incollection{neadcs2021-early-help,');
    expect(bib).toContain('title = {Costs \\{and\\} 100\\% of care}');
    expect(bib).toContain('month = jul');
    expect(bib).toContain(`url = {${chapter.url}}`);
  });
  it('BibTeX keeps an organisation as one name, in its own braces', () => {
    expect(bibtex(chapter)).toContain('author = {{North East ADCS}}');
  });
  it('names the people a document names as its authors, in each style’s form', () => {
    const twelve = ['Sally Robinson', 'Jill Colbert', 'James Stroyan', 'Steve Reddy', 'Cath McEvoy-Carr', 'Martin Gray', 'John Pearce', 'Julie Firth', 'Audrey Kingham', 'Helen Ferguson', 'Kathryn Boulton', 'Sue Myers'];
    const response = { ...chapter, people: twelve, date: '2023' };
    expect(harvard(response)).toMatch(/^Robinson, S\. et al\. \(2023\) ‘Early help’/);
    expect(harvard({ ...response, people: twelve.slice(0, 3) })).toMatch(/^Robinson, S\., Colbert, J\. and Stroyan, J\. \(2023\)/);
    expect(harvard({ ...response, people: ['John Pearce'] })).toMatch(/^Pearce, J\. \(2023\)/);
    expect(apa(response)).toMatch(/^Robinson, S\., Colbert, J\., Stroyan, J\., Reddy, S\., McEvoy-Carr, C\., Gray, M\., Pearce, J\., Firth, J\., Kingham, A\., Ferguson, H\., Boulton, K\., & Myers, S\. \(2023\)\. Early help\./);
    expect(bibtex(response)).toContain('author = {Robinson, Sally and Colbert, Jill and Stroyan, James');
    expect(bibtex(response)).toContain('publisher = {North East ADCS}');
    const lines = ris(response).split('\r\n');
    expect(lines.filter((l) => l.startsWith('AU  - '))).toHaveLength(12);
    expect(lines).toContain('AU  - McEvoy-Carr, Cath');
    expect(lines).toContain('PB  - North East ADCS');
  });
  it('cites by title, with no date, what names no author, publisher or date', () => {
    const unknown = { ...chapter, people: [], publisher: undefined, date: undefined, container: undefined, title: 'Weekly costs [dataset]' };
    expect(harvard(unknown)).toBe(`Weekly costs [dataset] (no date). Available at: ${chapter.url}`);
    expect(apa(unknown)).toBe(`Weekly costs [dataset]. (n.d.). ${chapter.url}`);
    const bib = bibtex({ ...unknown, kind: 'dataset' });
    expect(bib).not.toMatch(/author|year|publisher/);
    const lines = ris({ ...unknown, kind: 'dataset' }).split('\r\n');
    expect(lines.some((l) => /^(AU|PY|DA|PB)  - /.test(l))).toBe(false);
  });
  it('RIS is one tag per line and ends with ER', () => {
    const lines = ris({ ...chapter, kind: 'dataset', container: undefined }).split('\r\n');
    expect(lines[0]).toBe('TY  - DATA');
    expect(lines).toContain('PY  - 2021');
    expect(lines).toContain(`UR  - ${chapter.url}`);
    expect(lines.at(-2)).toBe('ER  - ');
  });
});

describe('CSL-JSON (what Zotero, Mendeley and Pandoc import)', () => {
  it('is a list of one item: its type, title, container, organisation as a literal name, the date’s known parts and the URL', () => {
    const [item, ...rest] = JSON.parse(cslJson(chapter)) as Record<string, unknown>[];
    expect(rest).toEqual([]);
    expect(item).toEqual({
      id: 'neadcs2021-early-help', type: 'chapter', title: 'Early help', 'container-title': 'North East Regional Care Report',
      author: [{ literal: 'North East ADCS' }], issued: { 'date-parts': [[2021, 7]] }, publisher: 'North East ADCS',
      URL: 'https://example.org/2021-regional-care-report/early-help/#para-12',
    });
  });
  it('splits people into family and given names, and leaves out what the source does not give', () => {
    const [item] = JSON.parse(cslJson({ ...chapter, people: ['Sally Robinson', 'Cath McEvoy-Carr'], publisher: undefined, date: undefined, container: undefined, kind: 'dataset' })) as Record<string, unknown>[];
    expect(item!['author']).toEqual([{ family: 'Robinson', given: 'Sally' }, { family: 'McEvoy-Carr', given: 'Cath' }]);
    expect(item!['type']).toBe('dataset');
    expect(item).not.toHaveProperty('issued');
    expect(item).not.toHaveProperty('publisher');
    expect(item).not.toHaveProperty('container-title');
  });
});

describe('citation files', async () => {
  const { loadAndCheckSite: loadSiteContent } = await import('../../src/lib/check/check-site.ts');
  const { citationFiles } = await import('../../src/lib/citations/files.ts');
  const site = loadSiteContent(process.cwd());
  const files = citationFiles(site, 'https://example.org', '/evidence/');

  it('gives every report, chapter, recommendation and dataset a file in each format (.bib, .ris, CSL-JSON .json), with its own URL inside', () => {
    const reports = site.publications.filter((p) => p.formatEntry.readAs === 'chapters').length;
    const expected = reports + site.chapters.length + site.recommendations.length + site.datasets.length;
    expect(files.filter((f) => f.path.endsWith('.bib'))).toHaveLength(expected);
    expect(files.filter((f) => f.path.endsWith('.ris'))).toHaveLength(expected);
    expect(files.filter((f) => f.path.endsWith('.json'))).toHaveLength(expected);
    const csl = files.find((f) => f.path === 'chapters/2021-regional-care-report/care-markets.json');
    expect(JSON.parse(csl!.body)[0].URL).toBe('https://example.org/evidence/2021-regional-care-report/care-markets/');
    expect(csl?.contentType).toMatch(/^application\/vnd\.citationstyles\.csl\+json/);
    const care = files.find((f) => f.path === 'chapters/2021-regional-care-report/care-markets.ris');
    expect(care?.body).toContain('UR  - https://example.org/evidence/2021-regional-care-report/care-markets/');
    expect(care?.contentType).toMatch(/^application\/x-research-info-systems/);
  });

  it('names no author, publisher or date the sources do not give', () => {
    const body = (path: string): string => files.find((f) => f.path === path)!.body;
    // The 2023 response names its twelve authors; the slides their presenter.
    const response = site.publications.find((p) => p.authors.length > 1)!;
    const chapter = site.chapters.find((c) => c.data.publication === response.id)!;
    expect(body(`chapters/${response.id}/${chapter.slug}.ris`).match(/^AU {2}- /gm)).toHaveLength(response.authors.length);
    // The press release names no one as issuing it.
    const release = site.publications.find((p) => p.formatEntry.readAs === 'press-release')!;
    expect(release.publisher).toBeUndefined();
    const releaseChapter = site.chapters.find((c) => c.data.publication === release.id)!;
    expect(body(`chapters/${release.id}/${releaseChapter.slug}.ris`)).not.toMatch(/^(AU|PB) {2}- /m);
    // Its one chapter has its title: cited once by that title, not as a chapter in itself.
    expect(releaseChapter.data.title).toBe(release.title);
    expect(body(`chapters/${release.id}/${releaseChapter.slug}.ris`)).not.toMatch(/^T2 {2}- /m);
    expect(body(`chapters/${release.id}/${releaseChapter.slug}.ris`)).toMatch(/^TY {2}- RPRT/m);
    // A dataset stated only in news coverage has no known author, publisher or date.
    const newsOnly = site.datasets.filter((d) => d.statedIn.every((s) => !s.publication));
    expect(newsOnly.length).toBeGreaterThan(0);
    for (const d of newsOnly) expect(body(`data/${d.id}.ris`)).not.toMatch(/^(AU|PB|PY|DA) {2}- /m);
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

describe('the day a Harvard citation was read', () => {
  it('ends a citation of a page or a paragraph alike: the address, then (Accessed: day).', () => {
    const day = accessedDay(new Date(Date.UTC(2026, 11, 3, 12)), 'en-GB');
    expect(day).toBe('3 December 2026');
    expect(accessedDay(new Date(Date.UTC(2026, 11, 3, 12)), 'en-US')).toBe('December 3, 2026');
    expect(withAccessed(harvard(chapter), day)).toBe(`${harvard(chapter)} (Accessed: 3 December 2026).`);
    expect(harvardParagraph('North East ADCS (2021) ‘Early help’', '6.12', chapter.url, day)).toBe(`North East ADCS (2021) ‘Early help’, para. 6.12. Available at: ${chapter.url} (Accessed: 3 December 2026).`);
  });
});
