/**
 * Key figures: a single stated number shown as a card, <KeyFigure id="population" />, from
 * data/key-figures.json. In a chapter its anchor is #figure-<id>.
 */
import type { Kind } from './kind.ts';

export const FIGURE_PREFIX = 'figure-';

export function figureAnchor(id: string): string {
  return `${FIGURE_PREFIX}${id}`;
}

export const keyFigure: Kind = {
  name: 'key-figure',
  noun: 'key figure',
  anchorPrefix: FIGURE_PREFIX,
  registered: true,
  components: [{
    name: 'KeyFigure',
    required: ['id'],
    takes: ['id'],
    setByBuild: [],
    example: '<KeyFigure id="population" />',
    use: 'a single stated number as a card (from `data/key-figures.json`)',
    numbering: 'none',
  }],
  componentAnchor(c, names) {
    const id = c.name === 'KeyFigure' ? c.attributes['id'] : undefined;
    if (!id) return undefined;
    const label = names.keyFigures?.find((f) => f.id === id)?.label ?? id;
    return { id: figureAnchor(id), text: label, what: `key figure “${label}”` };
  },
};
