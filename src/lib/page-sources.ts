/**
 * Which content files make a page or file of the site (from the URL scheme, src/lib/addresses.ts):
 * what a message about a page that could not be made names, so that an editor knows where to look.
 * "/annual-report/waiting-lists/" → its chapter file; "/annual-report/print/" (the PDF's page) →
 * the publication's file and its chapters' folder; "/data/waiting-times.png" → the dataset.
 */
import type { SiteContent } from './model.ts';
import { matchAddress, pathSegments } from './addresses.ts';
import { CONTENT_FILES, chapterFile, datasetFile, publicationFile } from './load/files.ts';
import { slugify } from './slug.ts';

/** A publication: its file, and the folder of its chapters. */
const publicationSources = (id: string): string[] => [publicationFile(id), `${CONTENT_FILES.chapters}/${id}/`];

/** The content files that make the page at `path` (below the base, or with it when `base` is given); none when it is the engine's own page. */
export function pageSources(path: string, content: Pick<SiteContent, 'recommendations' | 'publications' | 'quotes'>, base = '/'): string[] {
  const below = `/${pathSegments(path, base).join('/')}${/\.[a-z]+$/i.test(path) ? '' : '/'}`.replace(/^\/\/$/, '/');
  const match = matchAddress(below);
  if (!match) return [];
  const p = match.params as Record<string, string>;
  switch (match.route) {
    case 'chapter':
    case 'chapterCitation':
      return [chapterFile(p['publication']!, p['chapter']!)];
    case 'publication':
    case 'publicationPrint':
    case 'publicationPdf':
    case 'publicationCitation':
    case 'recommendationsByPublication':
      return publicationSources(p['publication']!);
    case 'dataset':
    case 'datasetEmbed':
    case 'datasetFile':
    case 'datasetCitation':
      return [datasetFile(p['id']!)];
    case 'theme':
    case 'recommendationsByTheme':
    case 'quotesByTheme':
      return [CONTENT_FILES.themes];
    case 'recommendation':
    case 'recommendationCitation': {
      const publication = content.publications.find((pub) => pub.code === p['code']);
      const item = content.recommendations.find((r) => r.publication === publication?.id && r.number === Number(p['n']));
      return item ? [item.place.file] : publication ? publicationSources(publication.id) : [];
    }
    case 'quotesByRole':
      return [...new Set(content.quotes.filter((q) => slugify(q.by) === p['role']).map((q) => q.place.file))];
    case 'press':
      return [CONTENT_FILES.press, CONTENT_FILES.coverage];
    default:
      return [CONTENT_FILES.site];
  }
}
