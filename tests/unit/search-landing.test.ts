/**
 * A search result's link, section and excerpt come from one place: where the query's words stand
 * closest together (src/lib/search-landing.ts), not from Pagefind's first matching section.
 */
import { describe, expect, it } from 'vitest';
import { bestLocation, searchLanding, type SearchResultData } from '../../src/lib/search-landing.ts';
import { PARAGRAPH_PREFIX } from '../../src/lib/kinds/paragraph.ts';
import { NUMBERED_ITEM_PREFIX } from '../../src/lib/kinds/numbered-item.ts';
import { SLIDE_PREFIX } from '../../src/lib/kinds/slide.ts';
import { QUOTE_PREFIX } from '../../src/lib/kinds/quote.ts';

/** A page's text as Pagefind holds it, with the word position of each element that has an id. */
function page(parts: { id?: string; heading?: string; text: string }[], query: RegExp): SearchResultData {
  const words: string[] = [];
  const anchors: { id: string; location: number }[] = [];
  const sections: { title: string; url: string; excerpt: string; locations: number[] }[] = [];
  for (const part of parts) {
    if (part.id) anchors.push({ id: part.id, location: words.length });
    if (part.heading) sections.push({ title: part.heading, url: `/r/c/#${part.id}`, excerpt: `${part.heading} excerpt`, locations: [] });
    for (const word of part.text.split(' ')) {
      if (query.test(word)) sections.at(-1)?.locations.push(words.length);
      words.push(word);
    }
  }
  const locations = words.flatMap((w, i) => (query.test(w) ? [i] : []));
  return { url: '/r/c/', content: words.join(' '), locations, anchors, sub_results: sections, excerpt: 'Pagefind’s excerpt' };
}

const filler = (n: number, word = 'text'): string => Array.from({ length: n }, () => word).join(' ');

describe('searchLanding', () => {
  const data = page([
    { id: 'summary', heading: 'Summary', text: `A more collaborative approach with Ofsted is needed. ${filler(40)}` },
    { id: 'para-1', text: filler(30) },
    { id: 'approach', heading: 'Approach to regulation', text: filler(5) },
    { id: 'para-7', text: `The Ofsted framework and Ofsted inspections under the Ofsted regime. ${filler(20)}` },
  ], /^Ofsted$/);

  it('links to the paragraph holding the closest cluster of matches, and shows that passage and its section', () => {
    const landing = searchLanding(data);
    expect(landing.href).toBe('/r/c/#para-7');
    expect(landing.section).toBe('Approach to regulation');
    expect(landing.excerpt).toContain('The <mark>Ofsted</mark> framework and <mark>Ofsted</mark> inspections');
    expect(landing.excerpt).not.toContain('collaborative');
    expect(landing.excerpt).not.toBe('Pagefind’s excerpt');
  });

  it('a single match: the excerpt and the link are both where it stands', () => {
    const single = page([
      { id: 'para-1', heading: 'Summary', text: filler(50) },
      { id: 'para-2', text: `${filler(10)} quicksand ${filler(10)}` },
    ], /^quicksand$/);
    const landing = searchLanding(single);
    expect(landing.href).toBe('/r/c/#para-2');
    expect(landing.excerpt).toMatch(/^… text .* <mark>quicksand<\/mark> text/);
  });

  it('never lands on a label inside a numbered item, only on the item', () => {
    const labelled = page([
      { id: 'recommendation-13', heading: 'Key points', text: 'Key' },
      { id: 'recommendation-13-label', text: 'point 13 Ofsted and improvement' },
    ], /^Ofsted$/);
    expect(searchLanding(labelled).href).toBe('/r/c/#recommendation-13');
  });

  it('the prefixes it lands on are the kinds’ own', () => {
    for (const prefix of [PARAGRAPH_PREFIX, NUMBERED_ITEM_PREFIX, SLIDE_PREFIX, QUOTE_PREFIX, `all-${NUMBERED_ITEM_PREFIX}`]) {
      const one = page([{ id: `${prefix}3`, heading: 'S', text: 'words Ofsted words' }], /^Ofsted$/);
      expect(searchLanding(one).href, prefix).toBe(`/r/c/#${prefix}3`);
    }
  });

  it('escapes the page’s words: only <mark> is added', () => {
    const html = page([{ id: 'para-1', heading: 'S', text: 'Costs <script> & Ofsted' }], /^Ofsted$/);
    expect(searchLanding(html).excerpt).toBe('Costs &lt;script&gt; &amp; <mark>Ofsted</mark>');
  });

  it('with no word positions, falls back to Pagefind’s first section', () => {
    expect(searchLanding({ ...data, locations: [] })).toEqual({ href: '/r/c/#summary', excerpt: 'Summary excerpt', section: 'Summary' });
  });

  it('bestLocation is where most matches stand within twelve words', () => {
    expect(bestLocation([3, 40, 44, 50, 90])).toBe(40);
    expect(bestLocation([])).toBeUndefined();
  });
});
