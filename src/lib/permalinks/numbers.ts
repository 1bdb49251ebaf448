/**
 * A published chapter keeps its number. Its paragraphs are cited as “chapter.paragraph” (9.12) in
 * the pages, the PDF and wherever readers quoted them; the number is the chapter's `order` unless it
 * has a `number` of its own. Changing a published chapter's order (to put a new chapter before it)
 * would renumber every paragraph of it (9.12 becoming 10.12) without a word: the check refuses it,
 * and says how to move the chapter and keep its numbers.
 */
import { finding, type Finding } from '../findings.ts';
import type { SiteContent } from '../model.ts';
import { paths } from '../addresses.ts';
import { chapterNumber } from '../../schemas/chapter.ts';
import type { Registry } from './registry.ts';

export function checkChapterNumbers(registry: Registry, content: Pick<SiteContent, 'chapters' | 'moves'>): Finding[] {
  const published = registry.chapters ?? {};
  const findings: Finding[] = [];
  for (const chapter of content.chapters) {
    const page = paths.chapter(chapter.data.publication, chapter.slug);
    // A renamed chapter keeps the number its old address was published with.
    const was = published[page] ?? [...content.moves.pages].filter(([, to]) => to === page).map(([from]) => published[from]).find((n) => n !== undefined);
    const now = chapterNumber(chapter.data);
    if (was === undefined || was === now) continue;
    const own = chapter.data.number !== undefined;
    findings.push(finding(chapter.file, chapter.fieldLines[own ? 'number' : 'order'], 'permalink-renumbered',
      `this chapter was published as chapter ${was} (its paragraphs cited ${was}.1, ${was}.2…) and would now be chapter ${now}: every paragraph number, in its pages and the PDF, would change (${was}.12 becoming ${now}.12), and citations of them would point at the wrong text`,
      own
        ? `set number: ${was} back: a published chapter keeps its number wherever it stands in the contents`
        : `to move it in the contents and keep its numbers, add the line  number: ${was}  to its frontmatter and keep order: ${now}; or set order: ${was} back. (Only if the publication itself renumbered its chapters, record it with  npm run permalinks -- --accept)`));
  }
  return findings;
}
