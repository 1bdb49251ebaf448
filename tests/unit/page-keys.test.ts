/** The pages' keys (src/lib/page-keys.ts): what each page is made from, so a rebuild keeps exactly the pages an edit did not reach. */
import { describe, expect, it } from 'vitest';
import { pageKeys } from '../../src/lib/page-keys.ts';
import { loadSite } from '../../src/lib/load/load-site.ts';
import type { ChapterEntry, SiteContent } from '../../src/lib/model.ts';

const ROOT = process.cwd();
const site = loadSite(ROOT);
const keys = pageKeys(site, 'engine-1');
const chapter = site.chapters.find((c) => c.extract.recommendations.length > 0)!;
const own = chapter.data.publication;
const otherChapter = site.chapters.find((c) => c.data.publication !== own)!;
const other = otherChapter.data.publication;

/** The site with one chapter replaced by what `change` makes of it. */
function withChapter(change: (c: ChapterEntry) => ChapterEntry): SiteContent {
  return { ...site, chapters: site.chapters.map((c) => (c === chapter ? change(c) : c)) };
}

/** The chapter with one paragraph's words changed, as the loader would read it (a new source). */
const sentenceEdited = withChapter((c) => ({
  ...c,
  extract: {
    ...c.extract,
    sourceKey: `${c.extract.sourceKey}-edited`,
    blocks: c.extract.blocks.map((b, i) => (i === 0 ? { ...b, text: `${b.text} Edited.` } : b)),
  },
}));

describe('page keys', () => {
  it('are the same for the same content, read twice', () => {
    const again = pageKeys(loadSite(ROOT), 'engine-1');
    expect(again.site()).toBe(keys.site());
    expect(again.chapter(site.chapters.find((c) => c.id === chapter.id)!)).toBe(keys.chapter(chapter));
    expect(again.wholePublication(own)).toBe(keys.wholePublication(own));
  });

  it('a sentence edited changes its chapter and its publication, not the site nor another publication', () => {
    const edited = pageKeys(sentenceEdited, 'engine-1');
    const editedChapter = sentenceEdited.chapters.find((c) => c.id === chapter.id)!;
    expect(edited.site()).toBe(keys.site());
    expect(edited.chapter(editedChapter)).not.toBe(keys.chapter(chapter));
    expect(edited.wholePublication(own)).not.toBe(keys.wholePublication(own));
    // The change is recorded in its publication's history, which its pages mark.
    expect(edited.publication(own)).not.toBe(keys.publication(own));
    expect(edited.publication(other)).toBe(keys.publication(other));
    expect(edited.chapter(otherChapter)).toBe(keys.chapter(otherChapter));
    expect(edited.wholePublication(other)).toBe(keys.wholePublication(other));
  });

  it('a title, a numbered item or a dataset edited changes every page (the indexes, neighbours and lists that show them)', () => {
    const retitled = withChapter((c) => ({ ...c, data: { ...c.data, title: `${c.data.title}, retitled` } }));
    const amended = withChapter((c) => ({ ...c, extract: { ...c.extract, recommendations: c.extract.recommendations.map((r, i) => (i === 0 ? { ...r, text: `${r.text} Amended.` } : r)) } }));
    const dataset = site.datasets[0]!;
    const refigured: SiteContent = { ...site, datasets: site.datasets.map((d) => (d === dataset ? { ...d, title: `${d.title}, revised` } : d)) };
    for (const changed of [retitled, amended, refigured]) {
      const k = pageKeys(changed, 'engine-1');
      expect(k.site()).not.toBe(keys.site());
      expect(k.chapter(changed.chapters.find((c) => c.id === otherChapter.id)!)).not.toBe(keys.chapter(otherChapter));
    }
  });

  it('where a paragraph is in its file (a line added above it) is not part of any key', () => {
    const moved = withChapter((c) => ({
      ...c,
      extract: { ...c.extract, recommendations: c.extract.recommendations.map((r) => ({ ...r, place: { ...r.place, line: r.place.line + 1 } })) },
    }));
    expect(pageKeys(moved, 'engine-1').site()).toBe(keys.site());
  });

  it('another engine changes every key', () => {
    const next = pageKeys(site, 'engine-2');
    expect(next.site()).not.toBe(keys.site());
    expect(next.chapter(chapter)).not.toBe(keys.chapter(chapter));
  });
});
