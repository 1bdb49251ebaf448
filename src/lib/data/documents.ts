/** Names of the source documents, for source lines: a publication's title, or the document's own name. */
import type { SiteContent } from '../content/site.ts';

const OTHER_DOCUMENTS: Record<string, string> = {
  '2021-press-release.txt': 'Press release, 28 July 2021',
  '2021-news-coverage.txt': 'News coverage of the 2021 report (outlet not named in our copy)',
};

export function documentTitle(site: Pick<SiteContent, 'publications'>, document: string): string {
  return site.publications.find((p) => p.source === document)?.title ?? OTHER_DOCUMENTS[document] ?? document;
}
