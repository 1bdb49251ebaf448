/**
 * Slides: one slide of a presentation, <Slide title="…">…</Slide>. Each is a heading of the page
 * with the anchor #slide-<n>, so the slide number is in its address; its paragraphs are numbered
 * as the chapter's own.
 */
import type { Kind } from './kind.ts';
import { attributeValue } from '../mdx/jsx.ts';

export const SLIDE_PREFIX = 'slide-';

export function slideAnchor(n: number): string {
  return `${SLIDE_PREFIX}${n}`;
}

export const slide: Kind = {
  name: 'slide',
  noun: 'slide',
  anchorPrefix: SLIDE_PREFIX,
  registered: true,
  components: [{
    name: 'Slide',
    required: ['title'],
    takes: ['title', 'id'],
    setByBuild: ['id', 'number', 'total'],
    example: '<Slide title="What we found">…</Slide>',
    use: 'one slide of a presentation (a publication whose format reads as slides)',
    numbering: 'transparent',
    heading: (el, scope) => {
      const n = scope.next('slide');
      const id = slideAnchor(n);
      scope.setAttribute(el, 'number', String(n));
      scope.atEnd(() => scope.setAttribute(el, 'total', String(scope.count('slide'))));
      return { text: attributeValue(el, 'title') ?? '', id };
    },
  }],
};
