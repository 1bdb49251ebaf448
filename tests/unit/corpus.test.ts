/** The corpus as data (src/lib/corpus/): each JSON file follows its published JSON Schema; the CSVs read back as the JSON says. */
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { loadSite } from '../../src/lib/load/load-site.ts';
import { addressing, numberedItemRecords, numberedItemsCsv, numberedItemsJson } from '../../src/lib/corpus/numbered-items.ts';
import { quoteRecords, quotesCsv, quotesJson } from '../../src/lib/corpus/quotes.ts';
import { publicationTextJson } from '../../src/lib/corpus/publication-text.ts';
import { llmsFullTxt, llmsTxt } from '../../src/lib/corpus/llms.ts';
import { CORPUS_SCHEMAS, publishedSchema, type CorpusSchemaName } from '../../src/lib/corpus/schemas.ts';

/** RFC 4180 rows, as a spreadsheet reads them. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; } else field += c;
  }
  return rows;
}

const at = addressing('https://example.org', '/evidence/');
const validator = (name: CorpusSchemaName) => new Ajv2020({ strict: false, validateFormats: false }).compile(publishedSchema(name, at.absolute));

for (const [name, root] of [['this site', '.'], ['the second site', 'tests/fixtures/riverside']] as const) {
  describe(`the corpus of ${name}`, () => {
    const site = loadSite(root);

    it('has a JSON Schema for each JSON file, which each file follows, naming it and its version', () => {
      const files: [CorpusSchemaName, string][] = [['numbered-items', numberedItemsJson(site, at)], ['quotes', quotesJson(site, at)],
        ...site.publications.map((p): [CorpusSchemaName, string] => ['publication-text', publicationTextJson(site, p, at)])];
      for (const [schema, text] of files) {
        const data = JSON.parse(text) as { $schema: string; version: number };
        const validate = validator(schema);
        expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
        expect(data.$schema).toBe(`https://example.org/evidence/schemas/${schema}.v1.json`);
        expect(data.version).toBe(1);
      }
      expect(Object.keys(CORPUS_SCHEMAS).sort()).toEqual(['numbered-items', 'publication-text', 'quotes']);
    });

    it('lists every numbered item and quote once, and its CSV reads back as its JSON, after a byte-order mark', () => {
      const items = numberedItemRecords(site, at);
      expect(items).toHaveLength(site.recommendations.length);
      const csv = numberedItemsCsv(site, at);
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const rows = parseCsv(csv.slice(1));
      expect(rows[0]?.slice(0, 4)).toEqual(['Publication', 'Item', 'Number', 'Text']);
      expect(rows.slice(1).map((r) => [r[1], r[3], r[7]])).toEqual(items.map((i) => [i.label, i.text, i.url]));
      const quotes = quoteRecords(site, at);
      expect(quotes).toHaveLength(site.quotes.length);
      expect(parseCsv(quotesCsv(site, at).slice(1)).slice(1).map((r) => [r[0], r[1], r[6]])).toEqual(quotes.map((q) => [q.text, q.by, q.url]));
    });

    it('gives each publication’s full text every numbered block, in order, with the number readers cite', () => {
      for (const p of site.publications) {
        const text = JSON.parse(publicationTextJson(site, p, at)) as { chapters: { id: string; blocks: { number: string; anchor: string }[] }[] };
        const chapters = site.chapters.filter((c) => c.data.publication === p.id);
        expect(text.chapters.map((c) => c.id)).toEqual(chapters.map((c) => c.slug));
        for (const [i, c] of chapters.entries()) expect(text.chapters[i]!.blocks.map((b) => b.anchor)).toEqual(c.extract.blocks.map((b) => b.id));
      }
    });

    it('lists the publications and data in llms.txt, and holds their whole text in llms-full.txt', () => {
      const list = llmsTxt(site, at);
      expect(list.startsWith(`# ${site.config.name}\n\n> ${site.config.description}`)).toBe(true);
      for (const p of site.publications) expect(list).toContain(`- [${p.title}](https://example.org/evidence/${p.id}/)`);
      const full = llmsFullTxt(site, at);
      for (const c of site.chapters) {
        const first = c.extract.blocks[0];
        if (first) expect(full).toContain(`${first.label} ${(first.readable ?? first.text).slice(0, 60)}`);
      }
    });
  });
}

describe('note numbers in the full text', () => {
  it('are markers where they stand, never a note’s text the site does not have', () => {
    const site = loadSite('.');
    const withNotes = site.chapters.flatMap((c) => c.extract.blocks).filter((b) => /\[\d+\]/.test(b.readable ?? ''));
    expect(withNotes.length).toBeGreaterThan(5);
    for (const b of withNotes) expect((b.readable ?? '').replace(/\[\d+\]/g, '').replace(/\s+/g, ' ').trim()).toBe(b.text.replace(/\s+/g, ' ').trim());
  });
});
