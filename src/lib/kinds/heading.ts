/**
 * Headings: a chapter's `##` and `###` headings, and the titles of its panels. Each gets an anchor
 * made from its text (#a-model-for-early-years), unique on the page; headings have no prefix, so
 * any anchor no other kind recognises is a heading's.
 */
import type { Kind } from './kind.ts';
import { attributeValue } from '../mdx/jsx.ts';

export const heading: Kind = {
  name: 'heading',
  noun: 'heading',
  registered: true,
  components: [{
    name: 'Panel',
    required: ['title'],
    takes: ['title', 'id'],
    setByBuild: ['id'],
    example: '<Panel title="At a glance">…</Panel>',
    use: 'a boxed section of the print (e.g. a summary box); its title is a heading of the page',
    numbering: 'transparent',
    heading: (el, scope) => {
      const text = attributeValue(el, 'title') ?? '';
      return { text, id: scope.slug(text) };
    },
  }],
};
