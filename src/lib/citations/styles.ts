/**
 * Citations built from publication metadata and the exact URL of what is cited:
 * Harvard and APA text, BibTeX and RIS records.
 */
import { formatPartialDate, yearOf } from '../locale.ts';

export interface Citable {
  /** The people the document names as its authors ("Jane Smith"), in its order; none if it names none. */
  people: readonly string[];
  /**
   * The organisation that published it, if the document names one: the author when it names no
   * people, and the publisher. A document that names neither is cited by its title.
   */
  publisher?: string | undefined;
  /** The publication's date, to the precision known ("2021", "2021-07", "2021-07-28"); none if unknown. */
  date?: string | undefined;
  /** Title of what is cited: a chapter, a recommendation, a dataset. */
  title: string;
  /** The publication it is part of. */
  container?: string | undefined;
  /** Absolute URL, to the paragraph where that applies. */
  url: string;
  /** A short stable key for BibTeX, e.g. "2024-housing". */
  key: string;
  kind: 'chapter' | 'recommendation' | 'quote' | 'dataset' | 'publication';
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Anne Hart-Davis" → family "Hart-Davis", given "Anne": the last word is the family name. */
export function splitName(name: string): { family: string; given: string } {
  const words = name.trim().split(/\s+/);
  const family = words.pop() ?? '';
  return { family, given: words.join(' ') };
}

/** "Jane Smith" → "Smith, J."; "Mary-Jane Smith" → "Smith, M.-J." */
function familyInitials(name: string): string {
  const { family, given } = splitName(name);
  if (!given) return family;
  const initials = given.split(/\s+/).map((word) => word.split('-').map((part) => `${part.charAt(0)}.`).join('-')).join(' ');
  return `${family}, ${initials}`;
}

/** Cite Them Right: one to three authors named ("A, B. and C"), four or more as the first "et al.". */
function harvardAuthors(people: readonly string[]): string {
  const names = people.map(familyInitials);
  if (names.length >= 4) return `${names[0]} et al.`;
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** APA 7: up to 20 authors, all named, the last after "&"; more than 20: the first 19, "…", the last. */
function apaAuthors(people: readonly string[]): string {
  const names = people.map(familyInitials);
  if (names.length === 1) return names[0]!;
  if (names.length > 20) return `${names.slice(0, 19).join(', ')}, … ${names.at(-1)}`;
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

/** Who a citation names first: the people, else the organisation; undefined when neither is known. */
function citedAuthor(c: Pick<Citable, 'people' | 'publisher'>, style: 'harvard' | 'apa'): string | undefined {
  if (c.people.length > 0) return style === 'harvard' ? harvardAuthors(c.people) : apaAuthors(c.people);
  return c.publisher;
}

/**
 * Harvard (Cite Them Right): Author (Year) ‘Title’, in Container. Available at: URL
 * With no author the title comes first; with no date, "(no date)".
 */
export function harvard(c: Omit<Citable, 'key' | 'kind'>): string {
  return `${harvardLead(c)}. Available at: ${c.url}`;
}

/** A Harvard citation up to its address: "Author (Year) ‘Title’, in Container" (the title first when no author is known). */
export function harvardLead(c: Omit<Citable, 'key' | 'kind' | 'url'>): string {
  const year = c.date ? yearOf(c.date) : 'no date';
  const title = c.container ? `‘${c.title}’, in ${c.container}` : c.title;
  const author = citedAuthor(c, 'harvard');
  return author ? `${author} (${year}) ${title}` : `${title} (${year})`;
}

/**
 * One paragraph, cited the day a reader copies it (Cite Them Right, a web page): the lead, the
 * paragraph number, its own address and the day it was accessed.
 * "Smith, J. (2024) ‘Waiting lists’, in Annual report, para. 6.7. Available at: https://…#para-7 (Accessed: 3 December 2026)."
 */
export function harvardParagraph(lead: string, paragraph: string, url: string, accessed: string): string {
  return withAccessed(`${lead}, para. ${paragraph}. Available at: ${url}`, accessed);
}

/** A Harvard citation of a web page completed with the day it was read: "… Available at: URL (Accessed: 3 December 2026)." */
export function withAccessed(citation: string, accessed: string): string {
  return `${citation} (Accessed: ${accessed}).`;
}

/** The day, as a Harvard citation writes it: "3 December 2026", in the page's language. */
export function accessedDay(date: Date, language: string | undefined): string {
  return new Intl.DateTimeFormat(language || undefined, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/**
 * APA 7: Author. (Year, Month Day). Title. In Container. URL
 * With no author the title takes the author's place; with no date, "(n.d.)".
 */
export function apa(c: Omit<Citable, 'key' | 'kind'>): string {
  let when = 'n.d.';
  if (c.date) {
    const [year, month, day] = c.date.split('-');
    when = month ? `${year}, ${formatPartialDate(`2000-${month}${day ? `-${day}` : ''}`).replace(/ ?2000/, '').trim()}` : year!;
  }
  const author = citedAuthor(c, 'apa');
  const container = c.container ? ` In ${c.container}.` : '';
  // "Smith, J." already ends in a full stop; "Riverside Health Board" takes one.
  return author
    ? `${author.endsWith('.') ? author : `${author}.`} (${when}). ${c.title}.${container} ${c.url}`
    : `${c.title}. (${when}).${container} ${c.url}`;
}

function bibEscape(text: string): string {
  return text.replace(/[\\{}]/g, (ch) => `\\${ch}`).replace(/[&%$#_]/g, (ch) => `\\${ch}`);
}

/** BibTeX names: "Robinson, Sally and Colbert, Jill"; an organisation in its own braces, so it is not read as a person's name. */
function bibAuthors(c: Citable): string | undefined {
  if (c.people.length > 0) return c.people.map((name) => { const { family, given } = splitName(name); return bibEscape(given ? `${family}, ${given}` : family); }).join(' and ');
  return c.publisher ? `{${bibEscape(c.publisher)}}` : undefined;
}

export function bibtex(c: Citable): string {
  const [year, month] = c.date?.split('-') ?? [];
  const author = bibAuthors(c);
  const type = c.kind === 'dataset' ? 'misc' : c.container ? 'incollection' : 'techreport';
  const fields: [string, string][] = [
    ...(author ? [['author', `{${author}}`] as [string, string]] : []),
    ['title', `{${bibEscape(c.title)}}`],
    ...(c.container ? [['booktitle', `{${bibEscape(c.container)}}`] as [string, string]] : []),
    ...(year ? [['year', `{${year}}`] as [string, string]] : []),
    ...(month ? [['month', MONTHS[Number(month) - 1]!] as [string, string]] : []),
    // A report's publisher is its institution, the field @techreport requires.
    ...(c.publisher ? [[type === 'techreport' ? 'institution' : 'publisher', `{${bibEscape(c.publisher)}}`] as [string, string]] : []),
    ['url', `{${c.url}}`],
  ];
  return `@${type}{${c.key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}

export function ris(c: Citable): string {
  const [year, month, day] = c.date?.split('-') ?? [];
  const type = c.kind === 'dataset' ? 'DATA' : c.container ? 'CHAP' : 'RPRT';
  const authors = c.people.length > 0
    ? c.people.map((name) => { const { family, given } = splitName(name); return given ? `${family}, ${given}` : family; })
    : c.publisher ? [c.publisher] : [];
  const lines = [
    `TY  - ${type}`,
    ...authors.map((name) => `AU  - ${name}`),
    `TI  - ${c.title}`,
    ...(c.container ? [`T2  - ${c.container}`] : []),
    ...(year ? [`PY  - ${year}`, `DA  - ${[year, month ?? '', day ?? ''].join('/')}`] : []),
    ...(c.publisher ? [`PB  - ${c.publisher}`] : []),
    `UR  - ${c.url}`,
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** CSL-JSON types (Citation Style Language), as Zotero, Mendeley and Pandoc read them. */
const CSL_TYPES: Record<Citable['kind'], (c: Citable) => string> = {
  publication: () => 'report',
  chapter: (c) => (c.container ? 'chapter' : 'report'),
  recommendation: (c) => (c.container ? 'chapter' : 'report'),
  quote: (c) => (c.container ? 'chapter' : 'report'),
  dataset: () => 'dataset',
};

/**
 * CSL-JSON: a list holding one item. People are split into family and given names; an
 * organisation is a "literal" name; a date keeps only the parts the source gives.
 */
export function cslJson(c: Citable): string {
  const author = c.people.length > 0
    ? c.people.map((name) => { const { family, given } = splitName(name); return given ? { family, given } : { literal: family }; })
    : c.publisher ? [{ literal: c.publisher }] : [];
  const parts = c.date?.split('-').map(Number);
  const item: Record<string, unknown> = {
    id: c.key,
    type: CSL_TYPES[c.kind](c),
    title: c.title,
    ...(c.container ? { 'container-title': c.container } : {}),
    ...(author.length > 0 ? { author } : {}),
    ...(parts ? { issued: { 'date-parts': [parts] } } : {}),
    ...(c.publisher ? { publisher: c.publisher } : {}),
    URL: c.url,
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}
