/** A publication: one document of the publisher, made of chapters. */
import { z } from 'astro/zod';
import { idSchema } from './ids.ts';

/** Dates are written to the precision the source gives: "2023", "2021-07" or "2021-07-28". */
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export const partialDateSchema = z
  .string()
  .regex(PARTIAL_DATE, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2021-07"')
  .refine(isRealDate, 'must be a real date: months run from 01 to 12, and days to the end of their month, e.g. "2021-07" or "2021-07-28"')
  // Checked only once the value has the shape of a date, so a bad one gets a single message.
  .refine((value) => !PARTIAL_DATE.test(value) || !isAfterToday(value), 'is after today: a date on this site is when something happened');

/** A day written YYYY-MM-DD that exists and has passed (a correction's date, say). */
const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const daySchema = z
  .string()
  .regex(DAY, 'must be a date written as YYYY-MM-DD, e.g. "2026-11-23"')
  .refine((value) => !DAY.test(value) || isRealDate(value), 'must be a real date: months run from 01 to 12, and days to the end of their month')
  .refine((value) => !DAY.test(value) || !isAfterToday(value), 'is after today: a date on this site is when something happened');

/** Whether a date, to the precision it is written ("2021", "2021-07" or "2021-07-28"), is after today. */
export function isAfterToday(value: string, today: Date = new Date()): boolean {
  return value > today.toISOString().slice(0, value.length);
}

/** "2021-13" and "2021-02-30" have the shape of a date but name no day. */
export function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year!, month - 1, day));
  return day >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const publicationSchema = z.object({
  /**
   * What the document calls its numbered items: the id of one of the words listed under
   * `numberedItems` in src/content/site.yaml ("key-point"); by default the first listed there.
   */
  numberedItem: idSchema.optional(),
  title: z.string().min(1),
  subtitle: z.string().optional(),
  /** Short label for navigation and breadcrumbs. */
  shortTitle: z.string().min(1).max(40),
  /**
   * The organisation the sources name as publishing the document. Leave it out where they name
   * none (the press release): the site then names no publisher, and citations start with the title.
   */
  publisher: z.string().min(1).optional(),
  /** People the document lists as its authors, in its order. */
  authors: z.array(z.string().min(1)).default([]),
  /** Acknowledgement line the document prints after its authors, verbatim. */
  acknowledgement: z.string().optional(),
  date: partialDateSchema,
  summary: z.string().min(1),
  /** Short code for short URLs, e.g. "2021" gives /recommendations/2021-4/. Unique per publication. */
  code: z.string().regex(/^[a-z0-9]+$/, 'must be lower-case letters and digits, e.g. "2021"'),
  /** Position on the home page; newest first is the editor's choice of numbers. */
  order: z.number().int().positive(),
  /** The id of one of the `formats` listed in src/content/site.yaml; by default the first listed there. */
  format: idSchema.optional(),
  rights: z.string().min(1),
  /** Where the text comes from: the plain-text copy of the document in data/sources/. */
  source: z.string().min(1),
  /**
   * Where readers can get the original document, when the publisher gives it: an address, or a
   * plain sentence ("Printed copies from the Board's offices"). Never invented: leave it out.
   */
  original: z.strictObject({ url: z.url().optional(), note: z.string().min(1).optional() }).optional(),
});

export type Publication = z.infer<typeof publicationSchema>;
