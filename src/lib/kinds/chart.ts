/**
 * Charts: a dataset drawn where the text states its figures, <Chart dataset="…" />. In a chapter
 * its anchor is #chart-<dataset>; the dataset has its own pages and files (/data/<id>/, its
 * embed page, .csv, .json, .png), where it is cited. <MissingChart caption="…" /> stands where the
 * printed document shows a chart whose figures its text does not give.
 */
import type { Kind } from './kind.ts';

export const CHART_PREFIX = 'chart-';

export function chartAnchor(dataset: string): string {
  return `${CHART_PREFIX}${dataset}`;
}

export const chart: Kind = {
  name: 'chart',
  noun: 'chart',
  anchorPrefix: CHART_PREFIX,
  registered: true,
  components: [
    {
      name: 'Chart',
      required: ['dataset'],
      takes: ['dataset'],
      setByBuild: [],
      example: '<Chart dataset="waiting-times" />',
      use: 'a chart of a dataset, where the text states its figures',
      numbering: 'none',
    },
    {
      name: 'MissingChart',
      required: ['caption'],
      takes: ['caption'],
      setByBuild: [],
      example: '<MissingChart caption="…" />',
      use: 'a chart the print shows whose data the text does not give',
      numbering: 'none',
    },
  ],
  componentAnchor(c, names) {
    const dataset = c.name === 'Chart' ? c.attributes['dataset'] : undefined;
    if (!dataset) return undefined;
    const title = names.datasets?.find((d) => d.id === dataset)?.title ?? dataset;
    return { id: chartAnchor(dataset), text: title, what: `chart “${title}”` };
  },
};
