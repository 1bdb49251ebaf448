/** A chapter: one MDX file, one page of a publication. */
import { z } from 'astro/zod';
import { idSchema } from './ids.ts';
import { daySchema } from './publication.ts';

export const chapterSchema = z.object({
  publication: idSchema,
  order: z.number().int().positive(),
  /**
   * The chapter's number in its paragraphs' numbers (6 in “6.12”), when it is not its order: a
   * published chapter moved in the contents keeps the number it was published and cited with.
   */
  number: z.number().int().positive().optional(),
  title: z.string().min(1),
  shortTitle: z.string().min(1).max(40),
  /** A sentence quoted from the chapter itself. */
  summary: z.string().min(1),
  theme: idSchema.optional(),
  /** Plain-English notes telling readers where this text differs from the printed document. */
  editorialNotes: z.array(z.string().min(1)).default([]),
  /** Corrections made after publication on this site, newest last; listed on /corrections/. */
  corrections: z.array(z.object({
    date: daySchema,
    note: z.string().min(1),
  })).default([]),
});

export type Chapter = z.infer<typeof chapterSchema>;

/** The number a chapter's paragraphs are cited with (6 in “6.12”): its `number`, else its `order`. */
export function chapterNumber(chapter: Pick<Chapter, 'order' | 'number'>): number {
  return chapter.number ?? chapter.order;
}
