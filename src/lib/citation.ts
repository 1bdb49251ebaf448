/** Citations built from publication metadata and the exact URL of what is cited. */
import { yearOf } from './dates.ts';

export interface Citable {
  /** Who published it: the author for citation purposes. */
  author: string;
  date: string;
  /** Title of what is cited (a chapter, a dataset). */
  title: string;
  /** The publication it belongs to, when the cited thing is part of one. */
  container?: string | undefined;
  url: string;
}

export function harvard(c: Citable): string {
  const within = c.container ? ` In: ${c.container}.` : '';
  return `${c.author} (${yearOf(c.date)}) ${c.title}.${within} Available at: ${c.url}`;
}
