/**
 * Links written in chapters to pages of this site: the page must exist and, with a #fragment,
 * so must the anchor on it. Pages are known from the content (the URL scheme in urls.ts).
 */
import { finding, type Finding } from '../findings.ts';
import type { SiteContent } from '../model.ts';
import { paths } from '../addresses.ts';
import { RESERVED_IDS } from '../mdx/annotate.ts';
import { noteAnchor } from '../kinds/note.ts';
import { likelyPage } from '../load/did-you-mean.ts';

/** Every page path the content produces, with the anchors each chapter page carries. */
export function knownPages(content: SiteContent): Map<string, Set<string> | null> {
  const pages = new Map<string, Set<string> | null>();
  const any = null; // a page whose anchors are not tracked: any fragment is accepted
  for (const path of [paths.home(), paths.themes(), paths.recommendations(), paths.quotes(), paths.data(), paths.press(), paths.corrections(), paths.search(), paths.accessibility()]) pages.set(path, any);
  for (const theme of content.themes) pages.set(paths.theme(theme.id), any);
  for (const publication of content.publications) pages.set(paths.publication(publication.id), new Set(['contents']));
  for (const dataset of content.datasets) pages.set(paths.dataset(dataset.id), any);
  for (const chapter of content.chapters) {
    const ids = new Set<string>(RESERVED_IDS);
    for (const h of chapter.extract.headings) ids.add(h.id);
    for (const b of chapter.extract.blocks) ids.add(b.id);
    for (const n of chapter.extract.noteRefs) ids.add(noteAnchor(n));
    pages.set(paths.chapter(chapter.data.publication, chapter.slug), ids);
  }
  for (const r of content.recommendations) {
    const code = content.publications.find((p) => p.id === r.publication)?.code;
    if (code) pages.set(paths.recommendation(code, r.number), any);
  }
  return pages;
}

export function checkInternalLinks(content: SiteContent): Finding[] {
  const pages = knownPages(content);
  const findings: Finding[] = [];
  for (const chapter of content.chapters) {
    const here = paths.chapter(chapter.data.publication, chapter.slug);
    for (const link of chapter.internalLinks) {
      const [rawPath, fragment] = link.url.split('#');
      const path = rawPath === '' ? here : rawPath!.endsWith('/') ? rawPath! : `${rawPath}/`;
      const anchors = pages.get(path);
      if (anchors === undefined) {
        const meant = likelyPage(path, [...pages.keys()]);
        findings.push(finding(chapter.file, link.line, 'broken-link', `the link to ${link.url} goes to a page that does not exist`,
          meant ? `did you mean ${meant}${fragment ? `#${fragment}` : ''}? Write the address as the page shows it in the browser’s address bar` : 'check the address: copy it from the browser’s address bar on the page (a chapter is /<publication>/<chapter>/; EDITING.md, “Links”)', link.column));
      } else if (fragment && anchors !== null && !anchors.has(fragment)) {
        findings.push(finding(chapter.file, link.line, 'broken-fragment', `the link to ${link.url} names the anchor #${fragment}, which is not on that page`, 'link to a heading’s anchor (copy it from the # beside the heading) or to the page without #…', link.column));
      }
    }
  }
  return findings;
}
