/**
 * Paragraphs: every paragraph, list, table and Markdown quotation (`>`) of a chapter is a numbered
 * block, cited as "chapter.paragraph" (6.12) and linked as #para-12. A paragraph inserted after
 * publication is numbered after the one above (#para-12a); one removed keeps its number taken.
 */
import type { Kind } from './kind.ts';

export const PARAGRAPH_PREFIX = 'para-';

/** Anchor of the n-th numbered block of a chapter; "12a" for one inserted after 12. */
export function paragraphAnchor(n: number | string): string {
  return `${PARAGRAPH_PREFIX}${n}`;
}

export const paragraph: Kind = {
  name: 'paragraph',
  noun: 'paragraph',
  anchorPrefix: PARAGRAPH_PREFIX,
  registered: true,
  components: [{
    name: 'Lead',
    required: [],
    takes: [],
    setByBuild: [],
    example: '<Lead>Opening paragraph.</Lead>',
    use: 'the chapter’s opening standfirst (its paragraphs are numbered as the chapter’s own)',
    numbering: 'transparent',
  }],
};
