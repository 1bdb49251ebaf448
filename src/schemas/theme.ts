/** A theme that chapters, numbered items, quotes and datasets are filed under; its kind is one of the site's theme kinds. */
import { z } from 'astro/zod';
import { idSchema } from './ids.ts';

const hexColour = z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a six-digit hex colour such as "#1d5a8c"');

export const themeSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  /** Words quoted from the publications that describe the theme. */
  description: z.string().min(1),
  /** Colour of the theme band and mark on light backgrounds (must reach 4.5:1 against white). */
  colour: hexColour,
  /** The same theme's colour on dark backgrounds (must reach 4.5:1 against the dark page colour). */
  colourDark: hexColour,
  /** Name of the theme's mark, drawn by the ThemeMark component. */
  mark: z.enum(['sprout', 'link', 'people', 'home', 'shield', 'scales', 'gauge', 'coin']),
  /** The id of one of the `themeKinds` listed in src/content/site.yaml. */
  kind: idSchema,
  order: z.number().int().positive(),
});

export type Theme = z.infer<typeof themeSchema>;
