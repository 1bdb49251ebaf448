/** Names of the source documents, for source lines: a publication's title, or the name data/sources/sources.yaml gives it. */
import type { SiteContent } from '../model.ts';

export function documentTitle(site: Pick<SiteContent, 'publications' | 'sources'>, document: string): string {
  return site.publications.find((p) => p.source === document)?.title ?? site.sources.find((s) => s.file === document)?.title ?? document;
}
