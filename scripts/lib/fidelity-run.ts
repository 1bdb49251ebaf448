/** Run the fidelity check of every publication against the built site in dist/. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFidelity, type AllowedDifference, type FidelityReport } from '../../src/lib/fidelity.ts';
import type { SiteContent } from '../../src/lib/load/load-site.ts';
import { paths } from '../../src/lib/addresses.ts';

export interface PublicationFidelity {
  publication: string;
  report: FidelityReport;
}

export function checkSiteFidelity(root: string, content: SiteContent, textOf: (urlPath: string, tag: 'article' | 'main') => string): PublicationFidelity[] {
  return content.publications.map((publication) => {
    const sourcePath = join(root, 'data', 'sources', publication.source);
    const allowPath = join(root, 'tests', 'fidelity', `${publication.id}.json`);
    const allowed: AllowedDifference[] = existsSync(allowPath) ? (JSON.parse(readFileSync(allowPath, 'utf8')) as AllowedDifference[]) : [];
    const chapters = content.chapters.filter((c) => c.data.publication === publication.id);
    const site = [
      textOf(paths.publication(publication.id), 'main'),
      ...chapters.map((c) => textOf(paths.chapter(publication.id, c.slug), 'article')),
    ].join('\n');
    return { publication: publication.id, report: checkFidelity(readFileSync(sourcePath, 'utf8'), site, allowed) };
  });
}
