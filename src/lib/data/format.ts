/**
 * Numbers as readers expect them for each unit, in the site's language and currency:
 * "37%", "−33.6%", "£2,841", "£77m", "50". A dataset's unit is written in words, and the engine
 * reads these forms (anything else is shown as a plain number with the unit as its label):
 * - "percent", "percentage change", "count";
 * - money: "£", "€", "$" or a currency code ("GBP"), or "money" for the site's own currency,
 *   optionally with a scale ("£ million") and a period ("€ per week", "money per hour");
 * - a rate: "rate per 1,000 population", "rate per 10,000 children".
 */
import { DEFAULT_LOCALE, type Locale } from '../locale.ts';

export type Unit =
  | { kind: 'percent' }
  | { kind: 'percentage change' }
  | { kind: 'count' }
  | { kind: 'money'; currency: string; scale?: 'thousand' | 'million' | 'billion' | undefined; per?: string | undefined }
  | { kind: 'rate'; per: string }
  | { kind: 'other'; label: string };

const SYMBOLS: Record<string, string> = { '£': 'GBP', '€': 'EUR', '¥': 'JPY' };
const MONEY = /^(£|€|¥|\$|[A-Z]{3}|money)(?: (thousand|million|billion))?(?: per (.+))?$/;

/** What a dataset's unit says, read once. */
export function parseUnit(unit: string, locale: Locale = DEFAULT_LOCALE): Unit {
  const u = unit.trim();
  if (u === 'percent') return { kind: 'percent' };
  if (u === 'percentage change') return { kind: 'percentage change' };
  if (u === 'count') return { kind: 'count' };
  const money = MONEY.exec(u);
  if (money) {
    const [, symbol, scale, per] = money;
    // "$" is the site's own dollar where it has one (AUD, CAD…), else US dollars.
    const currency = symbol === 'money' ? locale.currency : symbol === '$' ? (locale.currency.endsWith('D') ? locale.currency : 'USD') : SYMBOLS[symbol!] ?? symbol!;
    return { kind: 'money', currency, scale: scale as 'thousand' | 'million' | 'billion' | undefined, per };
  }
  const rate = /^rate per (.+)$/.exec(u);
  if (rate) return { kind: 'rate', per: rate[1]! };
  return { kind: 'other', label: u };
}

// One formatter per language and style, made once: toLocaleString() builds a new one on every
// call, which made drawing a chart's axis the slowest thing a dataset page did.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(language, options)));
  return f;
}

const grouped = (n: number, language: string): string => formatter(language, { maximumFractionDigits: 1 }).format(n);
const MINUS = '−';
const SCALE_SUFFIX = { thousand: 'k', million: 'm', billion: 'bn' } as const;

function money(value: number, unit: Extract<Unit, { kind: 'money' }>, language: string): string {
  const abs = formatter(language, { style: 'currency', currency: unit.currency, currencyDisplay: 'narrowSymbol', minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(Math.abs(value));
  const scaled = unit.scale ? `${abs}${SCALE_SUFFIX[unit.scale]}` : abs;
  return `${value < 0 ? MINUS : ''}${scaled}`;
}

export function formatValue(value: number, unitText: string, locale: Locale = DEFAULT_LOCALE): string {
  const unit = parseUnit(unitText, locale);
  switch (unit.kind) {
    case 'percent':
      return `${grouped(value, locale.language)}%`;
    case 'percentage change':
      return `${value > 0 ? '+' : value < 0 ? MINUS : ''}${grouped(Math.abs(value), locale.language)}%`;
    case 'money':
      return money(value, unit, locale.language);
    case 'rate':
    case 'count':
    case 'other':
      return grouped(value, locale.language);
  }
}

/** The currency's symbol as the site's language writes it: "£", "€", "$". */
function currencySymbol(currency: string, language: string): string {
  return formatter(language, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
}

/** How the unit is written in a column header or axis title. */
export function unitLabel(unitText: string, locale: Locale = DEFAULT_LOCALE): string {
  const unit = parseUnit(unitText, locale);
  switch (unit.kind) {
    case 'percent': return 'per cent';
    case 'percentage change': return 'percentage change';
    case 'count': return 'number';
    case 'rate': return `per ${unit.per}`;
    case 'other': return unit.label;
    case 'money': return [currencySymbol(unit.currency, locale.language), unit.scale, unit.per && `per ${unit.per}`].filter(Boolean).join(' ');
  }
}

/**
 * The period as printed after a dataset's title: "(2013 and 2019)"; after a dash where it holds
 * brackets of its own, so brackets never sit inside brackets; nothing where the title already says
 * it ("…, 2010 to 2017/18") or where the period says it is not stated (the dataset's page says so).
 */
export function periodAfterTitle(title: string, period: string): string | undefined {
  if (title.toLowerCase().includes(period.toLowerCase()) || /^not (stated|known)\b/i.test(period.trim())) return undefined;
  return /[()]/.test(period) ? `– ${period}` : `(${period})`;
}
