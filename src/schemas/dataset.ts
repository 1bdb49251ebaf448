/** A dataset: figures the publications state, each traceable to the sentence that states it. */
import { z } from 'astro/zod';
import { idSchema } from './ids.ts';
import { CHART_TYPES } from '../lib/data/chart-layout.ts';

/** Where a figure is stated: the sentence, word for word, in a source document. */
export const statementSchema = z.object({
  /** The source text file in data/sources/ that states it. */
  document: z.string().regex(/^[a-z0-9-]+\.txt$/, 'must be a file name in data/sources/, e.g. "annual-report-2024.txt"'),
  /** The publication and chapter on this site that carry the sentence, for the link back. */
  publication: idSchema.optional(),
  chapter: idSchema.optional(),
  /** The stating sentence exactly as the source has it (line breaks joined). */
  text: z.string().min(10),
});

export const seriesSchema = z.object({
  name: z.string().min(1),
  values: z.array(z.number({ error: 'must be a number (write 37, not "37%")' })),
});

export const datasetSchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  /** One line saying what the figures are. */
  description: z.string().min(1),
  /**
   * What the numbers are, in words the engine reads (src/lib/data/format.ts): "percent",
   * "percentage change", "count", money ("£", "€ per week", "$ million", "money per hour"),
   * "rate per 1,000 population", or any other word, shown as it is ("beds").
   */
  unit: z.string().min(1),
  period: z.string().min(1),
  categories: z.array(z.string().min(1)).min(1),
  series: z.array(seriesSchema).min(1),
  /** How the figures are drawn: one of the types the renderer draws (src/lib/data/chart-layout.ts); bars by default. */
  chart: z.strictObject({ type: z.enum(CHART_TYPES) }).default({ type: 'bar' }),
  /** Where the figures are stated in the publications. */
  statedIn: z.array(statementSchema).min(1),
  /** The original source the publication names for the figures, e.g. "National Audit Office, 2018"; omit if it names none. */
  originalSource: z.string().min(1).optional(),
  notes: z.array(z.string().min(1)).default([]),
  /** One sentence that says what the chart shows, read to screen-reader users and used as alt text. */
  summary: z.string().min(20),
  themes: z.array(idSchema).default([]),
});

export type Dataset = z.infer<typeof datasetSchema>;

/** A single stated number shown as a card, not a chart. */
export const keyFigureSchema = z.object({
  id: idSchema,
  value: z.string().min(1),
  label: z.string().min(1),
  statedIn: statementSchema,
  originalSource: z.string().min(1).optional(),
  themes: z.array(idSchema).default([]),
});

export type KeyFigure = z.infer<typeof keyFigureSchema>;
