/**
 * The registry of kinds of addressable content: every kind, and every component editors may
 * write in a chapter, read from the kinds' own modules. Adding a kind is one module and a line here.
 */
import type { ComponentSpec, Kind, KindName } from './kind.ts';
import { heading } from './heading.ts';
import { paragraph } from './paragraph.ts';
import { numberedItem } from './numbered-item.ts';
import { quote } from './quote.ts';
import { chart } from './chart.ts';
import { keyFigure } from './key-figure.ts';
import { note } from './note.ts';
import { slide } from './slide.ts';

export type { ComponentSpec, Kind, KindName };

export const KINDS: readonly Kind[] = [paragraph, heading, numberedItem, quote, chart, keyFigure, note, slide];

/** Every component an editor may write, by name. */
export const COMPONENTS: ReadonlyMap<string, ComponentSpec> = new Map(KINDS.flatMap((k) => k.components.map((c) => [c.name, c] as const)));

export const COMPONENT_NAMES: readonly string[] = [...COMPONENTS.keys()];

/** The kind an anchor id belongs to, by its prefix; any other id is a heading's. */
export function kindOfAnchor(id: string): KindName {
  return KINDS.find((k) => k.anchorPrefix !== undefined && id.startsWith(k.anchorPrefix))?.name ?? 'heading';
}

export function kindNamed(name: KindName): Kind {
  return KINDS.find((k) => k.name === name)!;
}

/** Whether an anchor is a numbered block's: a paragraph's, or a numbered component's (a quote, a numbered item). */
export function isNumberedBlockAnchor(id: string): boolean {
  const kind = KINDS.find((k) => k.anchorPrefix !== undefined && id.startsWith(k.anchorPrefix));
  return kind !== undefined && (kind.name === 'paragraph' || kind.components.some((c) => c.numbering === 'block'));
}
