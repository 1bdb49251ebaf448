/**
 * Notes: a reference to a numbered note of the printed document, <NoteRef n={12} />. The note's
 * text is not in the site's copy of the document, so the chapter's list of notes says where it is
 * (#note-12); those anchors are not in the permanent-link registry.
 */
import type { Kind } from './kind.ts';
import { numberAttribute } from '../mdx/jsx.ts';

export const NOTE_PREFIX = 'note-';

export function noteAnchor(n: number): string {
  return `${NOTE_PREFIX}${n}`;
}

export const note: Kind = {
  name: 'note',
  noun: 'note',
  anchorPrefix: NOTE_PREFIX,
  registered: false,
  components: [{
    name: 'NoteRef',
    required: [],
    takes: ['n'],
    numbers: ['n'],
    setByBuild: [],
    example: '<NoteRef n={12} />',
    use: 'a reference to a numbered note of the printed document',
    numbering: 'none',
    extract(el, scope) {
      const n = numberAttribute(el, 'n');
      if (n === undefined || Number.isNaN(n) || n < 1) {
        scope.finding('note-number', `a <NoteRef> has no valid note number (received ${JSON.stringify(scope.attributes['n'] ?? null)})`, 'write the note number as n={12}');
      } else {
        scope.out.noteRefs.push(n);
      }
    },
  }],
};
