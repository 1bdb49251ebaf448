/** Numbers as readers expect them for each unit: "37%", "-33.6%", "£2,841", "£77m", "50". */
import type { Unit } from '../../schemas/dataset.ts';

// One formatter, made once: toLocaleString() builds a new one on every call, which made drawing a
// chart's axis the slowest thing a dataset page did.
const GROUPED = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const grouped = (n: number): string => GROUPED.format(n);

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'percent':
      return `${grouped(value)}%`;
    case 'percentage change':
      return `${value > 0 ? '+' : value < 0 ? '−' : ''}${grouped(Math.abs(value))}%`;
    case '£':
    case '£ per week':
    case '£ per hour':
      return `${value < 0 ? '−' : ''}£${grouped(Math.abs(value))}`;
    case '£ million':
      return `£${grouped(value)}m`;
    case 'rate per 1,000 population':
    case 'count':
      return grouped(value);
  }
}

/** How the unit is written in a column header or axis title. */
export function unitLabel(unit: Unit): string {
  switch (unit) {
    case 'percent': return 'per cent';
    case 'percentage change': return 'percentage change';
    case '£': return '£';
    case '£ million': return '£ million';
    case '£ per week': return '£ per week';
    case '£ per hour': return '£ per hour';
    case 'rate per 1,000 population': return 'per 1,000 population';
    case 'count': return 'number';
  }
}

/** The period to print after a dataset's title, unless the title already says it ("…, 2010 to 2017/18"). */
export function periodAfterTitle(title: string, period: string): string | undefined {
  return title.toLowerCase().includes(period.toLowerCase()) ? undefined : period;
}
