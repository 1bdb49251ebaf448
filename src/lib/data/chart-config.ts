/** What the browser needs to draw a dataset: the part of it passed to the chart script. */
import type { DatasetEntry } from './load.ts';
import { unitLabel } from './format.ts';

export interface ChartConfig {
  type: 'bar' | 'line';
  unit: DatasetEntry['unit'];
  unitLabel: string;
  categories: string[];
  series: { name: string; values: number[] }[];
}

export function chartConfig(dataset: DatasetEntry): ChartConfig {
  return {
    type: dataset.chart.type,
    unit: dataset.unit,
    unitLabel: unitLabel(dataset.unit),
    categories: dataset.categories,
    series: dataset.series.map(({ name, values }) => ({ name, values })),
  };
}
