/**
 * Load and check the datasets (data/datasets/*.json) and key figures (data/key-figures.json).
 * Each problem names the file, the line and the exact path of the value (e.g. series[1].values[2]).
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { finding, type Finding } from '../findings.ts';
import type { RuleId } from '../rules.ts';
import type { DatasetEntry, KeyFigureEntry, ResolvedStatement } from '../model.ts';
import { CONTENT_FILES } from './files.ts';
import { datasetSchema, keyFigureSchema, type Dataset } from '../../schemas/dataset.ts';
import { readJsonFile } from './read-located.ts';
import { readQuotedFile } from './text-file.ts';
import { fieldName, schemaFindings } from './schema-findings.ts';
import { useOneOf } from './did-you-mean.ts';
import { blockStating, textIsIn, valueIsStated } from './traceability.ts';
import { parseUnit } from '../data/format.ts';
import { closest } from './did-you-mean.ts';
import { placeholdersIn } from '../scaffold.ts';
import { CHART_TYPES } from '../data/chart-layout.ts';

export const DATASETS_DIR = CONTENT_FILES.datasets;
export const KEY_FIGURES_FILE = CONTENT_FILES.keyFigures;
export const SOURCES_DIR = CONTENT_FILES.sources;

export type { DatasetEntry, KeyFigureEntry, ResolvedStatement };

/** What the data checks need to know about the chapters. */
export interface ChapterBlocks {
  publication: string;
  slug: string;
  blocks: { id: string; text: string }[];
}

interface Context {
  root: string;
  chapters: readonly ChapterBlocks[];
  themeIds: ReadonlySet<string>;
  findings: Finding[];
  /** Ids of datasets that exist but have errors (already reported). */
  failed: Set<string>;
  /** Chapters ("<publication>/<slug>") with errors of their own (already reported): sentences in them are checked once those are fixed. */
  chaptersWithErrors: ReadonlySet<string>;
}

const error = (file: string, line: number, rule: RuleId, message: string, fix: string): Finding => finding(file, line, rule, message, fix);

function resolveStatement(
  ctx: Context, file: string, statement: Dataset['statedIn'][number], line: number, where: string,
): ResolvedStatement {
  const resolved: ResolvedStatement = { ...statement };
  const sourcePath = join(ctx.root, SOURCES_DIR, statement.document);
  if (!existsSync(sourcePath)) {
    ctx.findings.push(error(file, line, 'unknown-document', `${where}.document "${statement.document}" is not a file in ${SOURCES_DIR}`, `use one of: ${readdirSync(join(ctx.root, SOURCES_DIR)).filter((f) => f.endsWith('.txt')).join(', ')}`));
  } else if (!textIsIn(statement.text, readQuotedFile(sourcePath, `${SOURCES_DIR}/${statement.document}`, ctx.findings) ?? statement.text)) {
    // (A source not saved as UTF-8 has its own error: the sentence is looked for once it is.)
    ctx.findings.push(error(file, line, 'statement-not-in-source', `${where}.text is not in ${statement.document}`, 'copy the sentence that states the figures exactly as the source document has it'));
  }
  if (ctx.chaptersWithErrors.has(`${statement.publication}/${statement.chapter}`)) {
    // The chapter has an error of its own: the sentence is looked for once that is fixed.
  } else if (statement.chapter !== undefined || statement.publication !== undefined) {
    const chapter = ctx.chapters.find((c) => c.publication === statement.publication && c.slug === statement.chapter);
    if (!chapter) {
      ctx.findings.push(error(file, line, 'unknown-chapter', `${where} names the chapter "${statement.publication}/${statement.chapter}", which does not exist`, 'give the publication id and the chapter file name (without .mdx) that carry the sentence'));
    } else {
      const block = blockStating(statement.text, chapter.blocks);
      if (!block) ctx.findings.push(error(file, line, 'statement-not-in-chapter', `${where}.text is not in the chapter ${statement.publication}/${statement.chapter}`, 'name the chapter whose text contains the sentence, or correct the sentence'));
      else resolved.anchor = block.id;
    }
  }
  return resolved;
}

/** Units the charts know by name; any other word is shown as it is ("beds"), unless it looks like a slip for one of these. */
const UNIT_WORDS = ['percent', 'percentage change', 'count', 'money', 'rate per 1,000 population'];

function checkUnit(ctx: Context, file: string, unit: string, line: number): void {
  if (parseUnit(unit).kind !== 'other') return;
  const meant = closest(unit, UNIT_WORDS);
  // A percentage, money or rate written another way would be drawn as a plain number.
  if (!meant && !/percent|per cent|%|£|€|\$|money|^rate\b/i.test(unit)) return;
  ctx.findings.push(error(file, line, 'invalid-field', `field "unit" is a unit the charts cannot read, so its numbers would be written without it (received ${JSON.stringify(unit)})`,
    `${meant ? `did you mean "${meant}"? ` : ''}write "percent", "percentage change", "count", money as "£", "€ per week" or "$ million", a rate as "rate per 1,000 population", or any other word (such as "beds") for a plain number`));
}

function checkThemes(ctx: Context, file: string, themes: readonly string[], lineOf: (p: PropertyKey[]) => number, prefix: PropertyKey[] = []): void {
  themes.forEach((theme, i) => {
    if (!ctx.themeIds.has(theme)) ctx.findings.push(error(file, lineOf([...prefix, 'themes', i]), 'unknown-theme', `${fieldName([...prefix, 'themes', i])} is "${theme}", which is not a theme`, useOneOf(theme, ctx.themeIds)));
  });
}

const CHART_TYPE_LIST = `${CHART_TYPES.map((t) => `"${t}"`).join(', ')} (EDITING.md, “Add a chart or a dataset”, says what each draws)`;

/**
 * The chart a dataset asks for, checked before its schema with messages that name the chart types
 * the site draws: a type it cannot draw, or the old "stacked" switch, is one error with its fix.
 * Returns the dataset without its "chart" when that is reported, so it is not reported twice.
 */
function checkChart(ctx: Context, file: string, data: unknown, lineOf: (p: PropertyKey[]) => number): unknown {
  if (data === null || typeof data !== 'object' || !('chart' in data)) return data;
  const chart = (data as { chart: unknown }).chart;
  if (chart === null || typeof chart !== 'object' || Array.isArray(chart)) return data;
  const before = ctx.findings.length;
  for (const [key, value] of Object.entries(chart)) {
    if (key === 'type') {
      if (typeof value === 'string' && !(CHART_TYPES as readonly string[]).includes(value)) {
        // A short word ("pie") is not taken for a slip.
        const meant = value.length > 3 ? closest(value, CHART_TYPES) : undefined;
        ctx.findings.push(error(file, lineOf(['chart', 'type']), 'invalid-field', `field "chart.type" is ${JSON.stringify(value)}, a chart the site does not draw`, `${meant ? `did you mean "${meant}"? ` : ''}use one of: ${CHART_TYPE_LIST}`));
      }
    } else if (key === 'stacked') {
      ctx.findings.push(error(file, lineOf(['chart', 'stacked']), 'unknown-field', 'field "chart.stacked" is not one a dataset takes: stacked bars are a chart type of their own',
        value === true ? 'write "chart": { "type": "stacked-bar" }' : 'remove "stacked" (bars stand side by side unless the type is "stacked-bar")'));
    } else {
      ctx.findings.push(error(file, lineOf(['chart', key]), 'unknown-field', `field "chart.${key}" is not one a dataset takes, so it would be ignored`, `a chart takes only "type", one of: ${CHART_TYPE_LIST}`));
    }
  }
  if (ctx.findings.length === before) return data;
  const rest: Record<string, unknown> = { ...data };
  delete rest['chart'];
  return rest;
}

function loadDataset(ctx: Context, path: string): DatasetEntry | undefined {
  const file = `${DATASETS_DIR}/${basename(path)}`;
  const json = readJsonFile(ctx.root, file, ctx.findings);
  if (!json) {
    ctx.failed.add(basename(path, '.json'));
    return undefined;
  }
  // A file made by npm run new: its placeholders first; its figures and sentence are checked once they are replaced.
  const placeholders = placeholdersIn(json.text);
  if (placeholders.length > 0) {
    ctx.findings.push(...placeholders.map(({ placeholder, line }) => error(file, line, 'scaffold-placeholder', `“${placeholder}” is the template’s placeholder, not the publication’s words`,
      'replace it with what the publication itself says (for "statedIn": the sentence that states the figures, and the publication and chapter that print it)')));
    ctx.failed.add(basename(path, '.json'));
    return undefined;
  }
  const chartChecked = ctx.findings.length;
  const data = checkChart(ctx, file, json.data, json.lineOf);
  const result = datasetSchema.safeParse(data);
  if (!result.success || ctx.findings.length > chartChecked) {
    if (!result.success) ctx.findings.push(...schemaFindings(file, result.error, data, json.lineOf, 'compare with another file in data/datasets/ and see EDITING.md'));
    ctx.failed.add(basename(path, '.json'));
    return undefined;
  }
  const dataset = result.data;
  const before = ctx.findings.length;
  const expectedId = basename(path, '.json');
  if (dataset.id !== expectedId) ctx.findings.push(error(file, json.lineOf(['id']), 'dataset-id', `"id" is "${dataset.id}" but the file is named ${expectedId}.json`, `set "id": "${expectedId}", or rename the file`));
  const text = json.text.split('\n');
  // Series with the wrong number of values: their values are checked once that is fixed.
  const miscounted = new Set<number>();
  dataset.series.forEach((series, i) => {
    if (series.values.length !== dataset.categories.length) {
      miscounted.add(i);
      const line = json.lineOf(['series', i, 'values']);
      const separator = series.values.length > dataset.categories.length && /\d,\d{3}\b/.test(text[line - 1] ?? '');
      ctx.findings.push(error(file, line, 'series-length', `series[${i}].values has ${series.values.length} value${series.values.length === 1 ? '' : 's'} but there are ${dataset.categories.length} categories${separator ? ': a comma inside a number splits it in two' : ''}`,
        separator ? 'write numbers without thousands separators: 2841, not 2,841' : 'give one value per category, in the order of "categories"'));
    }
  });
  checkUnit(ctx, file, dataset.unit, json.lineOf(['unit']));
  checkThemes(ctx, file, dataset.themes, json.lineOf);
  const statedIn = dataset.statedIn.map((s, i) => resolveStatement(ctx, file, s, json.lineOf(['statedIn', i, 'text']), `statedIn[${i}]`));
  const allText = dataset.statedIn.map((s) => s.text).join(' ');
  dataset.series.forEach((series, i) => series.values.forEach((value, j) => {
    if (!miscounted.has(i) && !valueIsStated(value, allText)) {
      ctx.findings.push(error(file, json.lineOf(['series', i, 'values', j]), 'value-not-stated', `series[${i}].values[${j}] is ${value}, but no statedIn sentence states ${Math.abs(value)}`, 'correct the value, or add the sentence that states it to "statedIn"'));
    }
  }));
  if (ctx.findings.length > before) {
    ctx.failed.add(expectedId);
    return undefined;
  }
  return { ...dataset, file, statedIn };
}

function loadKeyFigures(ctx: Context): KeyFigureEntry[] {
  const path = join(ctx.root, KEY_FIGURES_FILE);
  if (!existsSync(path)) return [];
  const file = KEY_FIGURES_FILE;
  const json = readJsonFile(ctx.root, file, ctx.findings);
  if (!json) return [];
  if (!Array.isArray(json.data)) {
    ctx.findings.push(error(file, 1, 'invalid-file', 'the key figures file must be a list', 'write it as [ { "id": …, "value": …, … }, … ]'));
    return [];
  }
  const figures: KeyFigureEntry[] = [];
  json.data.forEach((raw, index) => {
    const result = keyFigureSchema.safeParse(raw);
    if (!result.success) {
      ctx.findings.push(...schemaFindings(file, result.error, raw, (p) => json.lineOf([index, ...p]), 'compare with the other key figures in this file'));
      return;
    }
    const figure = result.data;
    checkThemes(ctx, file, figure.themes, (p) => json.lineOf([index, ...p]));
    const statedIn = resolveStatement(ctx, file, figure.statedIn, json.lineOf([index, 'statedIn', 'text']), `[${index}].statedIn`);
    const numbers = figure.value.match(/\d[\d,.]*/g) ?? [];
    for (const n of numbers) {
      if (!valueIsStated(Number(n.replace(/,/g, '').replace(/\.$/, '')), figure.statedIn.text)) {
        ctx.findings.push(error(file, json.lineOf([index, 'value']), 'value-not-stated', `[${index}].value "${figure.value}" is not stated in its statedIn sentence`, 'correct the value, or quote the sentence that states it'));
      }
    }
    figures.push({ ...figure, statedIn });
  });
  const ids = new Set<string>();
  for (const f of figures) {
    if (ids.has(f.id)) ctx.findings.push(error(file, 1, 'duplicate-id', `key figure id "${f.id}" is used twice`, 'give each key figure its own id'));
    ids.add(f.id);
  }
  return figures;
}

export interface LoadedData {
  datasets: DatasetEntry[];
  keyFigures: KeyFigureEntry[];
  /** Ids of datasets whose files exist but could not be used (their errors are reported). */
  failedDatasets: ReadonlySet<string>;
}

export function loadData(root: string, chapters: readonly ChapterBlocks[], themeIds: ReadonlySet<string>, findings: Finding[], chaptersWithErrors: ReadonlySet<string> = new Set()): LoadedData {
  const ctx: Context = { root, chapters, themeIds, findings, failed: new Set(), chaptersWithErrors };
  const dir = join(root, DATASETS_DIR);
  const datasets = existsSync(dir)
    ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => loadDataset(ctx, join(dir, f))).filter((d): d is DatasetEntry => d !== undefined)
    : [];
  return { datasets, keyFigures: loadKeyFigures(ctx), failedDatasets: ctx.failed };
}
