/**
 * How a chart is laid out: the decisions made before anything is drawn, the same in the browser
 * (chart.js drawing in the page or the chart worker) and at build (the images shown until it
 * draws, and the box they hold). Pure, so unit-tested: which way bars run, the box's size, the
 * value axis's bounds and round ticks, where a value label fits, how a category label wraps.
 *
 * Sizes are CSS pixels. Estimates of text width use an average character width, since the build
 * must size the box before any browser measures text.
 */

/** Every chart type a dataset may ask for, and all that the renderer draws. */
export const CHART_TYPES = ['bar', 'horizontal-bar', 'stacked-bar', 'line'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** What each type draws, in an editor's words (EDITING.md and the check's messages). */
export const CHART_TYPE_USES: Record<ChartType, string> = {
  bar: 'bars, one per category and series: upright where the category names fit under them, else on their side (as on a phone)',
  'horizontal-bar': 'bars always on their side, the category names to their left: for long names or many categories',
  'stacked-bar': 'one bar per category with its series stacked on one another: for parts that add up to a whole',
  line: 'a line per series across the categories: for a change over time',
};

/**
 * The screens where charts take their narrow layout (a phone held upright): the page's chart
 * script and the images shown before it draws switch on this same query.
 */
export const NARROW_MEDIA = '(max-width: 30em)';
export type ChartVariant = 'wide' | 'narrow';
/** "vertical": bars stand up from a horizontal category axis (and lines run across); "horizontal": bars lie along it. */
export type Orientation = 'vertical' | 'horizontal';

/** The average width of a character of a 13 px chart label, for estimates. */
export const CHAR_PX = 7;
/** The height of one line of a chart label. */
export const LINE_PX = 16;

/** The design width of each layout: the width its image is drawn at (the box then scales with the column). */
const DESIGN_WIDTH: Record<ChartVariant, number> = { wide: 600, narrow: 300 };
/** Height of an upright chart, and the space its value axis's labels and title take at the side. */
const VERTICAL_HEIGHT: Record<ChartVariant, number> = { wide: 300, narrow: 240 };
const VALUE_AXIS_PX: Record<ChartVariant, number> = { wide: 64, narrow: 56 };
/** chart.js's defaults: a category's band holds its bars in 80 %, each bar 90 % of its share. */
export const CATEGORY_PERCENTAGE = 0.8;
export const BAR_PERCENTAGE = 0.9;
/** How thick a lying bar is drawn, and the share of the width its category names may take. */
const LYING_BAR_PX = 22;
export const LABEL_COLUMN_SHARE = 0.4;
/** Below a lying chart's bars: the value axis's ticks and its unit. */
const LYING_AXIS_PX = 56;
const MIN_LYING_HEIGHT = 150;

/** A small image of each chart for the lists of charts (theme and data pages): bars only, no text. */
export const THUMBNAIL = { width: 160, height: 100 } as const;

/** A category name in lines of at most `maxChars` characters, broken between words (a longer word keeps its own line). */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [text];
}

/** How many characters of a category name fit across `px`. */
export function charsIn(px: number): number {
  return Math.max(6, Math.floor(px / CHAR_PX));
}

/** The width each category's name has under upright bars, in a chart `width` wide. */
export function uprightSlot(width: number, categories: number, variant: ChartVariant): number {
  return (width - VALUE_AXIS_PX[variant]) / Math.max(1, categories) - 8;
}

/**
 * Which way the bars run. Lines always run across; horizontal bars always lie. Bars stand up
 * when every category name fits under its bar (in two lines on a wide screen, one on a narrow
 * one), and lie down otherwise, so no name is ever slanted or cut.
 */
export function orientationFor(type: ChartType, categories: readonly string[], variant: ChartVariant): Orientation {
  if (type === 'line') return 'vertical';
  if (type === 'horizontal-bar') return 'horizontal';
  if (categories.length > (variant === 'narrow' ? 5 : 12)) return 'horizontal';
  const chars = charsIn(uprightSlot(DESIGN_WIDTH[variant], categories.length, variant));
  const maxLines = variant === 'narrow' ? 1 : 2;
  return categories.every((c) => wrapLabel(c, chars).length <= maxLines) ? 'vertical' : 'horizontal';
}

export interface ChartFrame { width: number; height: number; orientation: Orientation }

/** What a frame depends on: the chart's type, its categories and how many series it has. */
export interface FrameInput { type: ChartType; categories: readonly string[]; series: readonly unknown[] }

/** How many bars stand in one category's band. */
export function barsPerCategory(input: FrameInput): number {
  return input.type === 'stacked-bar' || input.type === 'line' ? 1 : input.series.length;
}

/**
 * The chart's box in a layout, at its design width: an upright chart is a fixed height; a lying
 * one grows with its categories, its bars and the lines their names wrap to. The page's box keeps
 * this shape as the column narrows or widens, so the image shown first and the chart drawn after
 * fill the same box.
 */
export function chartFrame(input: FrameInput, variant: ChartVariant): ChartFrame {
  const width = DESIGN_WIDTH[variant];
  const orientation = orientationFor(input.type, input.categories, variant);
  if (orientation === 'vertical') return { width, height: VERTICAL_HEIGHT[variant], orientation };
  const chars = charsIn(width * LABEL_COLUMN_SHARE);
  const lines = Math.max(...input.categories.map((c) => wrapLabel(c, chars).length));
  const band = Math.max((LYING_BAR_PX * barsPerCategory(input)) / (CATEGORY_PERCENTAGE * BAR_PERCENTAGE), lines * LINE_PX + 10);
  const height = Math.max(MIN_LYING_HEIGHT, Math.ceil(input.categories.length * band + LYING_AXIS_PX + 8));
  return { width, height, orientation };
}

/** A round step at least `raw`: 1, 2 or 5 times a power of ten (or 2.5 times, from 25 up). */
export function niceStep(raw: number): number {
  if (!Number.isFinite(raw) || raw <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const multiples = power >= 10 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10];
  for (const m of multiples) if (m * power >= raw * (1 - 1e-9)) return m * power;
  return 10 * power;
}

export interface ValueAxis {
  /** The axis's ends: the data, zero and the room for value labels, not stretched to a tick. */
  min: number;
  max: number;
  step: number;
  /** Round values within the axis, where its grid lines and numbers go. */
  ticks: number[];
}

/**
 * The value axis of a chart whose values run from `dataMin` to `dataMax`. It starts at zero, ends
 * where the data end (plus `room` pixels for the value labels beyond the longest bars), and has
 * ticks at round steps at least `minSpacing` pixels apart along its `length`. So a −25 % value
 * gives an axis ending just below −25 %, not at −40 %.
 */
export function valueAxis(dataMin: number, dataMax: number, o: { length: number; minSpacing: number; room?: number }): ValueAxis {
  const room = o.room ?? 0;
  let min = Math.min(0, dataMin);
  let max = Math.max(0, dataMax);
  if (min === max) max = min + 1;
  const rooms = (dataMin < 0 ? room : 0) + (dataMax > 0 ? room : 0);
  const perPx = (max - min) / Math.max(o.length - rooms, o.length / 3);
  if (dataMax > 0) max += room * perPx;
  if (dataMin < 0) min -= room * perPx;
  const intervals = Math.max(1, Math.floor(o.length / o.minSpacing));
  const step = niceStep((max - min) / intervals);
  const ticks: number[] = [];
  for (let k = Math.ceil(min / step - 1e-9); k * step <= max + step * 1e-9; k++) ticks.push(Number((k * step).toPrecision(12)) + 0);
  return { min, max, step, ticks };
}

export type LabelPlace = 'outside' | 'inside' | 'none';

/**
 * Where a bar's value label goes: beyond the bar's end if there is room there, inside its end if
 * the bar is long enough, else nowhere (the table and the tooltip still give it). `along` is the
 * label's extent along the bar, `across` across it; `beyond` is the room past the bar's end.
 * A stacked segment has no room beyond it (beyond: 0).
 */
export function placeValueLabel(bar: { length: number; thickness: number; beyond: number }, label: { along: number; across: number }, gap = 4): LabelPlace {
  if (label.across <= bar.thickness * 1.25 && bar.beyond >= label.along + gap) return 'outside';
  if (label.across <= bar.thickness - 2 && bar.length >= label.along + 2 * gap) return 'inside';
  return 'none';
}

/** Whether two boxes (x, y, width, height) overlap: value labels never cover one another. */
export function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
