/**
 * The site's language and currency (src/content/site.yaml, `locale`), and the formats that follow
 * from them: dates written to the precision the source gives, numbers grouped as readers expect.
 */
export interface Locale {
  /** A language tag: "en-GB". */
  language: string;
  /** An ISO 4217 currency code: "GBP". */
  currency: string;
}

/** What a site without a site file would use (tests of single modules): British English, pounds. */
export const DEFAULT_LOCALE: Locale = { language: 'en-GB', currency: 'GBP' };

const dateFormats = new Map<string, { day: Intl.DateTimeFormat; month: Intl.DateTimeFormat }>();

/** "2021-07-28" → "28 July 2021" (en-GB) or "July 28, 2021" (en-US); "2021-07" → "July 2021"; "2021" → "2021". */
export function formatPartialDate(value: string, language = DEFAULT_LOCALE.language): string {
  const [year, month, day] = value.split('-');
  if (!year || !/^\d{4}$/.test(year)) throw new Error(`not a date: ${value}`);
  if (month === undefined) return year;
  const m = Number(month);
  if (!(m >= 1 && m <= 12)) throw new Error(`not a month: ${value}`);
  let formats = dateFormats.get(language);
  if (!formats) {
    formats = {
      day: new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
      month: new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    };
    dateFormats.set(language, formats);
  }
  const date = new Date(Date.UTC(Number(year), m - 1, day === undefined ? 1 : Number(day)));
  return (day === undefined ? formats.month : formats.day).format(date);
}

/** Year of a partial date, for sorting and citations. */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/** The Open Graph form of a language tag: "en-GB" → "en_GB". */
export function ogLocale(language: string): string {
  return language.replace('-', '_');
}
