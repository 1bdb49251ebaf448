/** News coverage of a publication: the headline, a summary in our own words and short quotes, never the article. */
import { z } from 'astro/zod';
import { idSchema } from './ids.ts';

export const coverageSchema = z.object({
  id: idSchema,
  /** The article's headline, verbatim. */
  headline: z.string().min(1),
  /** The publication it reports on. */
  about: idSchema,
  /** The outlet, only if our copy names it; otherwise leave it out and the page says so. */
  outlet: z.string().min(1).optional(),
  /** A link to the article, only if our copy gives one. Never invented. */
  url: z.url().optional(),
  /** A short summary in our own words. */
  summary: z.string().min(1),
  /** Short quotes from the article, each with the attribution the article gives. */
  quotes: z.array(z.object({ text: z.string().min(1).max(400), by: z.string().min(1) })).max(6).default([]),
  /** The copy of the article in data/sources/ the quotes are checked against. */
  source: z.string().regex(/^[a-z0-9-]+\.txt$/),
});

export type Coverage = z.infer<typeof coverageSchema>;

/** The press room's choices: which quotes to feature, as "<publication>/<chapter>#<anchor>". */
export const pressRoomSchema = z.object({
  featuredQuotes: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+#[a-z0-9-]+$/, 'must be "<publication>/<chapter>#<quote anchor>"')).default([]),
});

export type PressRoom = z.infer<typeof pressRoomSchema>;
