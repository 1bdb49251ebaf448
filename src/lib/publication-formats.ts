/**
 * What a publication's format (src/content/site.yaml, `formats`) makes of it, by how it is read:
 * a document read as chapters or a slide deck has a PDF and a print page; a press release is shown
 * in the press room; a document read as chapters is cited as a whole.
 */
import type { PublicationEntry } from './model.ts';

type WithFormat = Pick<PublicationEntry, 'formatEntry'>;

export const isPressRelease = (p: WithFormat): boolean => p.formatEntry.readAs === 'press-release';
export const readsAsSlides = (p: WithFormat): boolean => p.formatEntry.readAs === 'slides';
/** Printed to a PDF at build (everything but a press release). */
export const hasPdf = (p: WithFormat): boolean => !isPressRelease(p);
/** Cited as a whole, with citation files of its own. */
export const citedAsWhole = (p: WithFormat): boolean => p.formatEntry.readAs === 'chapters';

/** The schema.org type of a publication's page. */
export function schemaType(p: WithFormat): string {
  switch (p.formatEntry.readAs) {
    case 'press-release': return 'NewsArticle';
    case 'slides': return 'PresentationDigitalDocument';
    case 'chapters': return 'Report';
  }
}
