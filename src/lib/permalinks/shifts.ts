/**
 * Why the published numbers of a chapter page shifted: a numbered block (paragraph, list, quote)
 * deleted or added without its marker, or a {/* removed *\/} marker where nothing was removed.
 * Found at the first place, in reading order, where the page stops matching the registry: every
 * number after it follows from that one change, so the editor is sent there and only there.
 */
import { excerpt, publishedIdOf, similarity, whereAre, SAME_TEXT, type Anchor } from './registry.ts';
import { isNumberedBlockAnchor } from '../kinds/index.ts';
import { PARAGRAPH_PREFIX } from '../kinds/paragraph.ts';

export interface Position { n: number; s: string }

export function parsePosition(p: string | undefined): Position | undefined {
  const m = /^(\d+)([a-z]*)$/.exec(p ?? '');
  return m ? { n: Number(m[1]), s: m[2]! } : undefined;
}

export const comparePositions = (a: Position, b: Position): number => a.n - b.n || a.s.localeCompare(b.s);

/** The place in the numbering of a published paragraph id ("para-12a" → 12a); quotes and recommendations have ids of their own. */
export const publishedPosition = (id: string): Position | undefined => (id.startsWith(PARAGRAPH_PREFIX) ? parsePosition(id.slice(PARAGRAPH_PREFIX.length)) : undefined);

interface Common {
  /** The block now at the place of the change; act on the line before it. */
  at: Anchor;
  /** The published id the change is reported on, and the words it held. */
  id: string;
  words: string;
  /** Published paragraphs numbered from here on follow from the change. */
  from: Position;
}

export type Shift =
  /** `id` was deleted (a paragraph, list or quote): `at` now holds the words of `holds`, and its number. */
  | Common & { kind: 'deleted'; holds: string }
  /** New blocks were added at `at`: `id`'s words are now at `movedTo`. */
  | Common & { kind: 'inserted'; added: Anchor[]; movedTo: Anchor }
  /** The {/* removed *\/} marker `at` takes the number of `id`, whose words are now at `movedTo`. */
  | Common & { kind: 'misplaced-removed'; movedTo: Anchor };

const isBlockId = isNumberedBlockAnchor;

export function diagnoseShift(published: Readonly<Record<string, string>>, current: readonly Anchor[]): Shift | undefined {
  const numbered = current.filter((a) => a.position !== undefined);
  const holdsOwn = (a: Anchor): boolean => !a.retired && published[a.id] !== undefined && similarity(published[a.id]!, excerpt(a.text)) >= SAME_TEXT;
  const onPage = (id: string): boolean => current.some((a) => a.id === id && holdsOwn(a));
  const order = Object.keys(published);
  for (let i = 0; i < numbered.length; i++) {
    const c = numbered[i]!;
    const pos = parsePosition(c.position)!;
    const was = published[c.id];
    if (c.retired) {
      const movedTo = was === undefined ? undefined : whereAre(was, current, c.id);
      if (was !== undefined && movedTo?.position !== undefined) return { kind: 'misplaced-removed', at: c, id: c.id, words: was, from: pos, movedTo };
      continue;
    }
    if (holdsOwn(c)) continue;
    const other = publishedIdOf(c, published, c.id);
    const otherPos = other === undefined ? undefined : publishedPosition(other);
    if (other !== undefined) {
      // Holding the words of a quote or recommendation, or of its own number: no diagnosis.
      if (!otherPos || comparePositions(otherPos, pos) === 0) return undefined;
      if (comparePositions(otherPos, pos) < 0) {
        // Moved down: something was added above c, after the last paragraph that kept its number.
        const added: Anchor[] = [];
        const markers: Anchor[] = [];
        for (const b of numbered.slice(0, i).reverse()) {
          if (!b.retired && holdsOwn(b) && publishedPosition(b.id)) break;
          if (b.retired) {
            const was = published[b.id];
            if (was === undefined || whereAre(was, current, b.id)) markers.unshift(b);
          } else if (!holdsOwn(b) && !publishedIdOf(b, published)) added.unshift(b);
        }
        if (markers.length > 0 && added.length === 0) return { kind: 'misplaced-removed', at: markers[0]!, id: other, words: published[other]!, from: otherPos, movedTo: c };
        return { kind: 'inserted', at: added[0] ?? c, id: other, words: published[other]!, from: otherPos, added, movedTo: c };
      }
      // Moved up: something above c was deleted: c's own published words if they are nowhere, else
      // the published block just before `other` whose words are nowhere now.
      let id: string | undefined;
      if (was !== undefined && !whereAre(was, current, c.id)) id = c.id;
      else {
        const gone = order.filter((g) => isBlockId(g) && g !== other && !onPage(g) && !whereAre(published[g]!, current) && order.indexOf(g) < order.indexOf(other));
        id = gone.at(-1);
      }
      const idPos = id === undefined ? undefined : publishedPosition(id);
      return { kind: 'deleted', at: c, id: id ?? c.id, words: id ? published[id]! : '', from: idPos && comparePositions(idPos, pos) < 0 ? idPos : pos, holds: other };
    }
    // c holds new words.
    if (was !== undefined) {
      const movedTo = whereAre(was, current, c.id);
      const movedPos = parsePosition(movedTo?.position);
      if (movedTo && movedPos && comparePositions(movedPos, pos) > 0) {
        const added = numbered.slice(i, numbered.indexOf(movedTo)).filter((a) => !a.retired && !publishedIdOf(a, published));
        return { kind: 'inserted', at: c, id: c.id, words: was, from: pos, added, movedTo };
      }
    }
    // Rewritten in place, or new (a new quote, a paragraph added at the end): a shift it causes
    // shows at the next paragraph, which then holds the words of an earlier number.
  }
  return undefined;
}
