/**
 * What later happened to a numbered item (src/content/progress.yaml): a date, a status from a
 * small fixed vocabulary, and the document and sentence that say so (a source on this site, or
 * an outside address with its title). Only what a source states is recorded.
 */
import { z } from 'astro/zod';
import { idSchema } from './ids.ts';
import { partialDateSchema } from './publication.ts';

export const PROGRESS_STATUSES = ['accepted', 'partly-accepted', 'rejected', 'implemented', 'no-response'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** How each status reads: on its own ("Accepted") and as a filter's heading. */
export const STATUS_LABELS: Record<ProgressStatus, string> = {
  accepted: 'Accepted',
  'partly-accepted': 'Partly accepted',
  rejected: 'Rejected',
  implemented: 'Implemented',
  'no-response': 'No response',
};

export const progressSourceSchema = z.union([
  z.strictObject({
    /** A publication and chapter of this site, and the sentence in it that says so, word for word. */
    publication: idSchema,
    chapter: idSchema,
    text: z.string().min(10),
  }),
  z.strictObject({
    /** An outside document: its address and its title, exactly as it gives them. */
    url: z.url(),
    title: z.string().min(1),
  }),
]);

export const progressEntrySchema = z.strictObject({
  /** The numbered item, as its address names it: "<publication code>-<number>", e.g. "2021-4". */
  item: z.string().regex(/^[a-z0-9]+-\d+$/, 'must be the item’s code and number as in its address, e.g. "2021-4" for /recommendations/2021-4/'),
  /** When the source says it happened, to the precision it gives: "2025", "2025-06" or "2025-06-30". */
  date: partialDateSchema,
  status: z.enum(PROGRESS_STATUSES),
  source: progressSourceSchema,
});

export type ProgressEntryInput = z.infer<typeof progressEntrySchema>;
