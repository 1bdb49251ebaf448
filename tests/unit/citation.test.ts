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
