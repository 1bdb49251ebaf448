/** What the browser needs to draw a dataset: the part of it passed to the chart script. */
import type { DatasetEntry } from '../model.ts';
import type { Locale } from '../locale.ts';
import { unitLabel } from './format.ts';
import type { ChartType } from './chart-layout.ts';

export interface ChartConfig {
  type: ChartType;
  unit: DatasetEntry['unit'];
  unitLabel: string;
  /** The site's language and currency, so the browser writes numbers as the page's table does. */
  locale: Locale;
  categories: string[];
  series: { name: string; values: number[] }[];
}

export function chartConfig(dataset: DatasetEntry, locale: Locale): ChartConfig {
  return {
    type: dataset.chart.type,
    unit: dataset.unit,
    unitLabel: unitLabel(dataset.unit, locale),
    locale,
    categories: dataset.categories,
    series: dataset.series.map(({ name, values }) => ({ name, values })),
  };
}
