/** Sätteri hast plugin: a chapter's straight apostrophes between letters shown curly (src/lib/typography.ts). */
import type { HastPluginEntry } from 'satteri';
import { curlyApostrophes } from '../lib/typography.ts';

export function typographyHast(): HastPluginEntry {
  return {
    name: 'typography',
    text(node) {
      const shown = curlyApostrophes(node.value);
      if (shown !== node.value) return { ...node, value: shown };
      return undefined;
    },
  };
}
