/**
 * Citations built from publication metadata and the exact URL of what is cited:
 * Harvard and APA text, BibTeX and RIS records.
 */
import { formatPartialDate, yearOf } from './dates.ts';

export interface Citable {
  /** The organisation that published it, cited as the author. */
  author: string;
  /** The publication's date, to the precision known: "2021", "2021-07", "2021-07-28". */
  date: string;
  /** Title of what is cited: a chapter, a recommendation, a dataset. */
  title: string;
  /** The publication it is part of. */
  container?: string | undefined;
  /** Absolute URL, to the paragraph where that applies. */
  url: string;
  /** A short stable key for BibTeX, e.g. "neadcs2021-early-help". */
  key: string;
  kind: 'chapter' | 'recommendation' | 'quote' | 'dataset';
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Harvard (Cite Them Right): Author (Year) ‘Title’, in Container. Available at: URL */
export function harvard(c: Omit<Citable, 'key' | 'kind'>): string {
  const title = c.container ? `‘${c.title}’, in ${c.container}` : c.title;
  return `${c.author} (${yearOf(c.date)}) ${title}. Available at: ${c.url}`;
}

/** APA 7: Author. (Year, Month Day). Title. In Container. URL */
export function apa(c: Omit<Citable, 'key' | 'kind'>): string {
  const [year, month, day] = c.date.split('-');
  const when = month ? `${year}, ${formatPartialDate(`2000-${month}${day ? `-${day}` : ''}`).replace(/ ?2000/, '').trim()}` : year;
  const title = c.container ? `${c.title}. In ${c.container}` : c.title;
  return `${c.author}. (${when}). ${title}. ${c.url}`;
}

function bibEscape(text: string): string {
  return text.replace(/[\\{}]/g, (ch) => `\\${ch}`).replace(/[&%$#_]/g, (ch) => `\\${ch}`);
}

export function bibtex(c: Citable): string {
  const [year, month] = c.date.split('-');
  const fields: [string, string][] = [
    ['author', `{${bibEscape(c.author)}}`],
    ['title', `{${bibEscape(c.title)}}`],
    ...(c.container ? [['booktitle', `{${bibEscape(c.container)}}`] as [string, string]] : []),
    ['year', `{${year}}`],
    ...(month ? [['month', MONTHS[Number(month) - 1]!] as [string, string]] : []),
    ['publisher', `{${bibEscape(c.author)}}`],
    ['url', `{${c.url}}`],
  ];
  const type = c.kind === 'dataset' ? 'misc' : c.container ? 'incollection' : 'techreport';
  return `@${type}{${c.key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}

export function ris(c: Citable): string {
  const [year, month, day] = c.date.split('-');
  const type = c.kind === 'dataset' ? 'DATA' : c.container ? 'CHAP' : 'RPRT';
  const lines = [
    `TY  - ${type}`,
    `AU  - ${c.author}`,
    `TI  - ${c.title}`,
    ...(c.container ? [`T2  - ${c.container}`] : []),
    `PY  - ${year}`,
    `DA  - ${[year, month ?? '', day ?? ''].join('/')}`,
    `PB  - ${c.author}`,
    `UR  - ${c.url}`,
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
