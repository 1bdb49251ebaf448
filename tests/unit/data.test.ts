import { afterAll, describe, expect, it } from 'vitest';
import { CHART_TYPES } from '../../src/lib/data/chart-layout.ts';
import { loadAndCheckSite as loadSiteContent } from '../../src/lib/check/check-site.ts';
import { formatFinding } from '../../src/lib/findings.ts';
import { csvField, datasetToCsv } from '../../src/lib/data/csv.ts';
import { formatValue, periodAfterTitle } from '../../src/lib/data/format.ts';
import { blockStating, valueIsStated } from '../../src/lib/load/traceability.ts';
import { fixtureSite, removeFixtureSites } from './helpers/fixture-site.ts';

afterAll(removeFixtureSites);

const DATASET = 'data/datasets/fixture-poverty.json';

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Durham, County')).toBe('"Durham, County"');
    expect(csvField('the “market” and "so-called"')).toBe('"the “market” and ""so-called"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(-33.6)).toBe('-33.6');
  });
  it('writes one row per category and names the unit in each series header', () => {
    const csv = datasetToCsv({ unit: 'rate per 1,000 population', categories: ['Durham Constabulary', 'England and Wales'], series: [{ name: 'Rate', values: [50, 23] }] });
    expect(csv).toBe('Category,"Rate (rate per 1,000 population)"\r\nDurham Constabulary,50\r\nEngland and Wales,23\r\n');
  });
});

describe('values as readers expect them', () => {
  it.each([
    [37, 'percent', '37%'],
    [-33.6, 'percentage change', '−33.6%'],
    [77, 'percentage change', '+77%'],
    [2841, '£ per week', '£2,841'],
    [77, '£ million', '£77m'],
    [40000, '£ per week', '£40,000'],
    [50, 'rate per 1,000 population', '50'],
  ] as const)('%s %s → %s', (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });
});

describe('traceability', () => {
  it('finds a value written in the statement, in any of its usual forms', () => {
    expect(valueIsStated(2841, 'from £2841 per week')).toBe(true);
    expect(valueIsStated(40000, 'at the cost of £40,000 per week')).toBe(true);
    expect(valueIsStated(-33.6, 'was disproportionately higher at -33.6%')).toBe(true);
    expect(valueIsStated(37, 'rising from 26% to 37%.')).toBe(true);
    expect(valueIsStated(3, 'rising from 26% to 37%')).toBe(false);
    expect(valueIsStated(33, 'higher at -33.6%')).toBe(false);
  });
  it('finds the paragraph where a statement begins', () => {
    const blocks = [{ id: 'para-1', text: 'Intro.' }, { id: 'para-2', text: 'Since 2009 the North East has seen a 77% increase in its care population. More.' }];
    expect(blockStating('Since 2009 the North East has seen a 77% increase', blocks)?.id).toBe('para-2');
    expect(blockStating('A sentence that is nowhere.', blocks)).toBeUndefined();
  });
});

describe('datasets in the fixture site', () => {
  it('load, resolve their statement to the paragraph and are charted', () => {
    const content = loadSiteContent(fixtureSite());
    expect(content.findings.map(formatFinding)).toEqual([]);
    expect(content.datasets.map((d) => d.id)).toEqual(['fixture-poverty']);
    const block = content.chapters[0]!.extract.blocks.find((b) => b.text.startsWith('Child poverty rose'));
    expect(content.datasets[0]!.statedIn[0]!.anchor).toBe(block!.id);
    expect(content.keyFigures.map((f) => f.value)).toEqual(['2.6 million']);
  });

  const cases: { name: string; file?: string; change: (s: string) => string; rule: string; line: number; says: RegExp }[] = [
    { name: 'missing field', change: (s) => s.replace(/ {2}"unit": "percent",\n/, ''), rule: 'missing-field', line: 1, says: /field "unit" is missing/ },
    { name: 'unknown unit', change: (s) => s.replace('"unit": "percent"', '"unit": "percentage"'), rule: 'invalid-field', line: 5, says: /field "unit".*received "percentage"/ },
    { name: 'value that is not a number', change: (s) => s.replace('[26, 37]', '[26, "37%"]'), rule: 'invalid-field', line: 9, says: /series\[0\]\.values\[1\].*must be a number.*received "37%"/ },
    { name: 'series shorter than the categories', change: (s) => s.replace('[29, 31]', '[29]'), rule: 'series-length', line: 10, says: /series\[1\]\.values has 1 value but there are 2 categories/ },
    { name: 'value not stated in the source sentence', change: (s) => s.replace('[29, 31]', '[29, 32]'), rule: 'value-not-stated', line: 10, says: /series\[1\]\.values\[1\] is 32/ },
    { name: 'statement not in the source document', change: (s) => s.replace('against 29% to 31% in the UK.', 'against 29% to 31% across the UK.'), rule: 'statement-not-in-source', line: 17, says: /statedIn\[0\]\.text is not in test\.txt/ },
    { name: 'JSON syntax error', change: (s) => s.replace('"Now"]', '"Now",]'), rule: 'json-syntax', line: 7, says: /not valid JSON: a comma after the last item/ },
    // The parser meets these at the next line's item: the error names the line with the comma.
    { name: 'a comma after the last item, before a line with only the bracket', change: (s) => s.replace('[29, 31] }', '[29, 31] },'), rule: 'json-syntax', line: 10, says: /:10:\d+ {2}json-syntax {2}not valid JSON: a comma after the last item/ },
    { name: 'a comment', change: (s) => s.replace('"unit": "percent",', '"unit": "percent", // as printed'), rule: 'json-syntax', line: 5, says: /not valid JSON: JSON files cannot hold comments {2}\(remove the \/\/ or/ },
    { name: 'a number written with a thousands comma', change: (s) => s.replace('[26, 37]', '[2,637, 37]'), rule: 'series-length', line: 9, says: /a comma inside a number splits it in two {2}\(write numbers without thousands separators/ },
    // Figures written as printed: JSON says "a comma is missing" or "invalid symbol"; the check says what is wrong.
    { name: 'a number with a thousands comma that JSON cannot split', change: (s) => s.replace('[26, 37]', '[40,000, 37]'), rule: 'json-syntax', line: 9, says: /:9:36 {2}json-syntax {2}not valid JSON: “40,000” is written with a thousands separator: JSON numbers are digits only, and a comma separates two numbers {2}\(write 40000,/ },
    { name: 'a percentage with its sign', change: (s) => s.replace('[26, 37]', '[26, 39%]'), rule: 'json-syntax', line: 9, says: /:9:40 {2}json-syntax {2}not valid JSON: “39%” is not a number: in a dataset the figures are numbers only, and the unit is said once, in "unit" {2}\(write 39, and give the unit in "unit": "percent"\)/ },
    { name: 'an amount with its currency sign', change: (s) => s.replace('[26, 37]', '[£26, 37]'), rule: 'json-syntax', line: 9, says: /“£26” is not a number.* {2}\(write 26, and give the unit in "unit": "£"/ },
    { name: 'a missing comma at the end of a line', change: (s) => s.replace('[26, 37] },', '[26, 37] }'), rule: 'json-syntax', line: 9, says: /:9:\d+ {2}json-syntax {2}not valid JSON: a comma is missing at the end of this line/ },
    { name: 'a chart type the site does not draw', change: (s) => s.replace('  "statedIn"', '  "chart": { "type": "pie" },\n  "statedIn"'), rule: 'invalid-field', line: 12, says: /field "chart\.type" is "pie", a chart the site does not draw {2}\(use one of: "bar", "horizontal-bar", "stacked-bar", "line" \(EDITING\.md/ },
    { name: 'a chart type one letter off', change: (s) => s.replace('  "statedIn"', '  "chart": { "type": "lines" },\n  "statedIn"'), rule: 'invalid-field', line: 12, says: /\(did you mean "line"\?/ },
    { name: 'stacked bars asked for with the old switch', change: (s) => s.replace('  "statedIn"', '  "chart": {\n    "type": "bar",\n    "stacked": true\n  },\n  "statedIn"'), rule: 'unknown-field', line: 14, says: /field "chart\.stacked" is not one a dataset takes: stacked bars are a chart type of their own {2}\(write "chart": \{ "type": "stacked-bar" \}\)$/ },
    { name: '<Chart> naming a dataset one letter off', file: 'src/content/chapters/test-report/first.mdx', change: (s) => s.replace('dataset="fixture-poverty"', 'dataset="fixture-povrty"'), rule: 'unknown-dataset', line: 22, says: /"fixture-povrty", which does not exist {2}\(did you mean "fixture-poverty"\?\)$/ },
    { name: '<Chart> naming a dataset that does not exist', file: 'src/content/chapters/test-report/first.mdx', change: (s) => s.replace('dataset="fixture-poverty"', 'dataset="child-poverty"'), rule: 'unknown-dataset', line: 22, says: /first\.mdx:22:1 {2}unknown-dataset {2}<Chart> names the dataset "child-poverty"/ },
  ];
  for (const c of cases) {
    it(`a bad dataset is reported with its file, line and value path: ${c.name}`, () => {
      const file = c.file ?? DATASET;
      const errors = loadSiteContent(fixtureSite([{ file, content: c.change }])).findings.filter((f) => f.severity === 'error');
      const match = errors.find((f) => f.rule === c.rule);
      expect(match, errors.map(formatFinding).join('\n')).toBeDefined();
      expect(match!.file).toBe(file);
      expect(match!.line).toBe(c.line);
      expect(formatFinding(match!)).toMatch(c.says);
    });
  }
});

describe('a dataset title and its period', () => {
  it('print the period after the title unless the title already says it', () => {
    expect(periodAfterTitle('Change in council spending power, 2010 to 2017/18', '2010 to 2017/18')).toBeUndefined();
    expect(periodAfterTitle('Relative child poverty after housing costs, North East and UK', '2014/15 to 2019/20')).toBe('(2014/15 to 2019/20)');
    // Never brackets inside brackets, and no period that says it is not stated.
    expect(periodAfterTitle('Child poverty rate', 'The latest data cited (its caption reads “to 2020/21”)')).toBe('– The latest data cited (its caption reads “to 2020/21”)');
    expect(periodAfterTitle('Incidents', 'Not stated in the report')).toBeUndefined();
    expect(periodAfterTitle('Beds', 'Not stated; quoted in the July 2021 report')).toBeUndefined();
  });
});

describe('chart types', () => {
  it('the schema accepts every type the chart code draws (tests/e2e/charts.spec.ts draws each), and a chart with no type is bars', () => {
    const loaded = loadSiteContent(fixtureSite([{ file: DATASET, content: (s) => s.replace('  "statedIn"', '  "chart": { "type": "stacked-bar" },\n  "statedIn"') }]));
    expect(loaded.findings.filter((f) => f.severity === 'error').map(formatFinding)).toEqual([]);
    expect(loaded.datasets[0]!.chart.type).toBe('stacked-bar');
    expect(loadSiteContent(fixtureSite()).datasets[0]!.chart.type).toBe('bar');
    for (const type of CHART_TYPES) {
      const each = loadSiteContent(fixtureSite([{ file: DATASET, content: (s) => s.replace('  "statedIn"', `  "chart": { "type": "${type}" },\n  "statedIn"`) }]));
      expect(each.datasets[0]?.chart.type, type).toBe(type);
    }
  });
  it('a stacked switch or an unknown chart type is one error, not also a schema error', () => {
    const errors = loadSiteContent(fixtureSite([{ file: DATASET, content: (s) => s.replace('  "statedIn"', '  "chart": { "type": "bar", "stacked": false },\n  "statedIn"') }])).findings.filter((f) => f.severity === 'error');
    expect(errors.map(formatFinding)).toEqual([expect.stringMatching(/fixture-poverty\.json:12:1 {2}unknown-field {2}field "chart\.stacked".*\(remove "stacked"/)]);
  });
});
