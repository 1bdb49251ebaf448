/**
 * The site-wide checks, after loading: every link written in a chapter goes to a page and anchor
 * the site makes, and every address the site has published still works (src/content/permalinks.json).
 * They need every page known, and the published-address check reads git history, so they run in
 * `npm run check` and the build, not on every `astro dev` reload.
 */
import { anchorsMayHaveMoved, finding, type Finding } from '../findings.ts';
import { publicationChanges, publishingDay } from '../history/site-history.ts';
import type { SiteContent } from '../model.ts';
import { checkInternalLinks } from './links.ts';
import { checkPublished } from '../permalinks/published.ts';
import { readRegistry, type Registry } from '../permalinks/registry.ts';
import { GAP_MESSAGE, loadSite, type LoadOptions } from '../load/load-site.ts';
import { numberedItemAnchor } from '../kinds/numbered-item.ts';
import { chapterFileOf, restoreCommand } from '../permalinks/check.ts';
import { MOVES_FILE } from '../load/moves.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface CheckOptions {
  /** The registry to check against; by default the site's own (src/content/permalinks.json). */
  registry?: Registry | undefined;
}

export function checkSite(content: SiteContent, options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  // A publication or chapter that does not load makes no pages: links wait until its error is fixed.
  if (!content.gaps.pagesMissing) findings.push(...checkInternalLinks(content));
  // Published links must keep working: compare with the registry, once every chapter is read as it
  // will be published. Another error (a misspelt component, a dataset that does not load) moves
  // anchors or drops them, and the address errors that followed would send editors the wrong way.
  // Errors in references leave every anchor where it is (and a renamed page causes some).
  const registry = options.registry ?? readRegistry(content.root);
  if (registry && !content.gaps.chaptersWithErrors && !anchorsMayHaveMoved([...content.findings, ...findings])) {
    // A chapter whose file is gone was reported as the content was read. Not a second time; nor are
    // the pages that went with it (its numbered items', its speakers'), until it is restored or moved.
    const chapterGone = content.findings.some((f) => f.rule === 'page-removed');
    findings.push(...checkPublished(registry, content, content.root).filter((f) => !(chapterGone && f.rule === 'page-removed')));
  }
  if (registry) adviseOnPublishedGaps(content.findings, registry, content.root);
  // The changes since publication, likewise only once the paragraphs are numbered as they will be
  // published: a paragraph left without its marker, or a chapter that does not load, would show
  // every paragraph after it as changed.
  if (!content.gaps.chaptersWithErrors && !anchorsMayHaveMoved([...content.findings, ...findings])) findings.push(...changesWithoutNote(content));
  return findings;
}

/**
 * A gap in a publication's numbered items whose missing numbers were published: the advice is to
 * put them back, never to renumber the others (a published number keeps its page and citations for
 * ever). Typically the chapter that held them was deleted, and its page declared as moved.
 */
function adviseOnPublishedGaps(findings: Finding[], registry: Registry, root: string): void {
  findings.forEach((f, i) => {
    const gap = f.rule === 'recommendation-gap' ? GAP_MESSAGE.exec(f.message) : null;
    if (!gap) return;
    const [, publication = '', from = '', to] = gap;
    const numbers = Array.from({ length: Number(to ?? from) - Number(from) + 1 }, (_, k) => Number(from) + k);
    const heldIn = new Set(numbers.flatMap((n) => Object.keys(registry.fragments)
      .filter((page) => page.startsWith(`/${publication}/`) && registry.fragments[page]![numberedItemAnchor(n)] !== undefined)));
    if (heldIn.size === 0) return;
    const files = [...heldIn].map(chapterFileOf);
    const putBack = files.map((file) => (existsSync(join(root, file)) ? `put them back in ${file}` : `restore ${file}, which held them (${restoreCommand(file)}), and remove its line from ${MOVES_FILE} if you added one`)).join('; ');
    findings[i] = { ...f, fix: `${numbers.length === 1 ? `recommendation ${from} was` : `recommendations ${from} to ${to} were`} published, and a published number keeps its page and its citations for ever, so do not renumber the others: ${putBack}` };
  });
}

/** What happened to a published paragraph, in the warning's words. */
const HAPPENED = { changed: 'was published with other words', inserted: 'was added after the chapter was published', removed: 'was removed after the chapter was published' } as const;

/** Published paragraphs this build would record as changed, added or removed today, in chapters whose corrections say nothing of today. */
function changesWithoutNote(content: SiteContent): Finding[] {
  const today = publishingDay();
  return content.publications.flatMap((p) => publicationChanges(content, p.id))
    .filter((change) => change.date === today && change.note === undefined)
    .map((change) => {
      const { extract } = change.chapter;
      // Where it stands, or where its {/* removed */} marker does.
      const line = extract.blocks.find((b) => b.id === change.anchor)?.line ?? extract.retired.find((r) => r.id === change.anchor)?.line;
      return finding(change.chapter.file, line ?? change.chapter.fieldLines['title'], 'change-without-note',
        `paragraph ${change.label ?? change.anchor} ${HAPPENED[change.kind]}, and the chapter’s corrections record no change on ${today}: its history would show the change without a note`,
        `add to the chapter’s frontmatter: corrections: - date: ${today}  note: "…what you ${change.kind === 'changed' ? 'corrected' : change.kind === 'inserted' ? 'added' : 'removed'} and why…" (EDITING.md, “Corrections”)`);
    });
}

/** Load a site and run the site-wide checks: the content with every finding, as `npm run check` and the build see it. */
export function loadAndCheckSite(root: string, options: LoadOptions & CheckOptions = {}): SiteContent {
  const content = loadSite(root, options);
  content.findings.push(...checkSite(content, options));
  return content;
}
