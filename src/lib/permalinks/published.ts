/**
 * Would this content break a published address? The chapter anchors (check.ts) and the pages and
 * files (pages.ts), against a registry: the committed one (the content check), or the one
 * `npm run permalinks -- --accept` is about to write.
 */
import type { Finding } from '../findings.ts';
import type { SiteContent } from '../model.ts';
import { paths } from '../addresses.ts';
import { chapterAnchors } from './anchors.ts';
import { checkFragments, type Hints } from './check.ts';
import { checkContentPages } from './pages.ts';
import { gitEarlierAnchors } from './place.ts';
import type { Registry } from './registry.ts';
import { checkChapterNumbers } from './numbers.ts';

export function checkPublished(registry: Registry, content: SiteContent, root: string): Finding[] {
  const anchors = chapterAnchors(content);
  // A removed chart or key figure stood near the paragraph that states its figures.
  const near = new Map<string, string>();
  for (const d of content.datasets) {
    for (const s of d.statedIn) if (s.publication && s.chapter && s.anchor) near.set(`${paths.chapter(s.publication, s.chapter)}#chart-${d.id}`, s.anchor);
  }
  for (const f of content.keyFigures) {
    const s = f.statedIn;
    if (s.publication && s.chapter && s.anchor) near.set(`${paths.chapter(s.publication, s.chapter)}#figure-${f.id}`, s.anchor);
  }
  const hints: Hints = {
    earlier: gitEarlierAnchors(root),
    near,
    datasets: new Set(content.datasets.map((d) => d.id)),
    publications: new Set(content.publications.map((p) => p.id)),
  };
  const fragments = checkFragments(registry, anchors, content.moves, hints);
  // Chapter pages gone without a declared move are reported with their anchors; their files go with them.
  const reported = new Set(Object.keys(registry.fragments).filter((page) => !anchors.has(page) && !content.moves.pages.has(page)));
  return [...checkChapterNumbers(registry, content), ...fragments, ...checkContentPages(registry, content, root, reported)];
}
