/**
 * Draw one chart with chart.js. Runs in the page, in the chart worker (on an OffscreenCanvas) and
 * at build (the images shown before the chart draws), so it reads nothing from the document: the
 * colours come in `look`, read from the page's CSS by chart-look.ts (dark mode and contrast are
 * set in one place). The layout's decisions (which way bars run, the value axis's bounds and round
 * ticks, where a value label fits, how a category name wraps) are pure, in
 * src/lib/data/chart-layout.ts. Every series also differs by more than colour: bars by fill
 * (solid, stripes, dots, cross-hatch), lines by dash and point shape. The legend is the figure's
 * own HTML (Chart.astro), so it is there before any script runs.
 *
 * The types drawn: 'bar', 'horizontal-bar', 'stacked-bar' and 'line' (CHART_TYPES).
 */
import {
  Chart, CategoryScale, LinearScale, Tooltip, BarController, BarElement, LineController, LineElement, PointElement,
  type ChartConfiguration, type ChartDataset, type Plugin, type Scale, type ScaleOptionsByType,
} from 'chart.js';
import type { ChartConfig } from '../lib/data/chart-config.ts';
import { formatValue } from '../lib/data/format.ts';
import {
  BAR_PERCENTAGE, CATEGORY_PERCENTAGE, CHAR_PX, LABEL_COLUMN_SHARE, LINE_PX, charsIn, orientationFor, overlaps, placeValueLabel, uprightSlot, valueAxis, wrapLabel,
  type ChartVariant, type Orientation,
} from '../lib/data/chart-layout.ts';
import type { ChartLook } from './chart-look.ts';

Chart.register(CategoryScale, LinearScale, Tooltip, BarController, BarElement, LineController, LineElement, PointElement);

const FILLS = ['solid', 'stripes', 'dots', 'cross'] as const;
const DASHES: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3]];
const POINTS = ['circle', 'rect', 'triangle', 'rectRot'] as const;
const LABEL_FONT_PX = 12;
const LABEL_HEIGHT = 14;

/** An 8 × 8 tile to paint a pattern on: off screen where the context has no document. */
function tile(): OffscreenCanvas | HTMLCanvasElement {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(8, 8);
  const canvas = document.createElement('canvas');
  canvas.width = 8;
  canvas.height = 8;
  return canvas;
}

/** The fill of the i-th series: solid, or a pattern in its colour on the page background. */
function fill(i: number, colour: string, background: string): CanvasPattern | string {
  const kind = FILLS[i % FILLS.length]!;
  if (kind === 'solid') return colour;
  const canvas = tile();
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) return colour;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  if (kind === 'dots') {
    ctx.arc(4, 4, 2, 0, 2 * Math.PI);
    ctx.fill();
  } else {
    ctx.moveTo(-2, 10); ctx.lineTo(10, -2);
    ctx.moveTo(-2, 2); ctx.lineTo(2, -2);
    ctx.moveTo(6, 10); ctx.lineTo(10, 6);
    if (kind === 'cross') { ctx.moveTo(-2, -2); ctx.lineTo(10, 10); }
    ctx.stroke();
  }
  return ctx.createPattern(canvas, 'repeat') ?? colour;
}

/**
 * Where the chart is drawn. In the page chart.js sizes the canvas to its box itself; off screen
 * it cannot see the box, so the page sends the size and the pixel density.
 */
export type ChartSurface =
  | { canvas: HTMLCanvasElement }
  | { canvas: OffscreenCanvas; width: number; height: number; devicePixelRatio: number };

/** What a drawing shows, for the page to record on its figure: which way the bars run, and the value labels drawn. */
export interface DrawnChart { orientation: Orientation; labels: string[]; axis: { min: number; max: number; ticks: number[] } }

export interface DrawOptions {
  /** The layout: 'wide' or 'narrow' (NARROW_MEDIA), or a 'thumbnail': the bars alone, for lists of charts. */
  variant: ChartVariant | 'thumbnail';
  /** Called once the chart has settled after each drawing (first draw, resize, new colours). */
  onDrawn?: (drawn: DrawnChart) => void;
}

type Box = { x: number; y: number; width: number; height: number };
type BarProps = { x: number; y: number; base: number; width: number; height: number };

/**
 * Value labels: each bar's value at its end (beyond it where there is room, inside it where the
 * bar is long enough; a stacked segment's in its middle), a line's first and last values; never
 * one over another. `drawn` receives the labels of the last drawing.
 */
function valueLabels(config: ChartConfig, look: ChartLook, orientation: Orientation, drawn: string[]): Plugin {
  const horizontal = orientation === 'horizontal';
  const stacked = config.type === 'stacked-bar';
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea: area } = chart;
      drawn.length = 0;
      const taken: Box[] = [];
      ctx.save();
      ctx.font = `600 ${LABEL_FONT_PX}px ${look.font}`;
      ctx.textBaseline = 'middle';
      // Inside a solid bar, a label is written in the page's colour; on a patterned one, on a patch of it.
      const fits = (box: Box): boolean =>
        box.x >= area.left - 1 && box.x + box.width <= area.right + 1 && box.y >= area.top - 1 && box.y + box.height <= area.bottom + 1 && !taken.some((t) => overlaps(t, box));
      const put = (text: string, box: Box, inside: 'solid' | 'pattern' | false): void => {
        if (!fits(box)) return;
        taken.push(box);
        if (inside === 'pattern') {
          ctx.fillStyle = look.page;
          ctx.fillRect(box.x, box.y, box.width, box.height);
        }
        ctx.fillStyle = inside === 'solid' ? look.page : look.text;
        ctx.textAlign = 'center';
        ctx.fillText(text, box.x + box.width / 2, box.y + box.height / 2);
        drawn.push(text);
      };
      config.series.forEach((series, d) => {
        const meta = chart.getDatasetMeta(d);
        meta.data.forEach((element, i) => {
          const value = series.values[i];
          if (value === undefined) return;
          if (config.type === 'line' && i !== 0 && i !== series.values.length - 1) return;
          const text = formatValue(value, config.unit, config.locale);
          const width = ctx.measureText(text).width + 6;
          if (config.type === 'line') {
            const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
            // Above the point (below it at the top), kept inside the plot at its ends.
            const left = Math.min(Math.max(x - width / 2, area.left), area.right - width);
            const above = { x: left, y: y - 8 - LABEL_HEIGHT, width, height: LABEL_HEIGHT };
            const below = { ...above, y: y + 8 };
            put(text, fits(above) || !fits(below) ? above : below, false);
            return;
          }
          const bar = element.getProps(['x', 'y', 'base', 'width', 'height'], true) as BarProps;
          // Along the bar: from its base to its end, and which way it points.
          const end = horizontal ? bar.x : bar.y;
          const length = Math.abs(end - bar.base);
          const forward = horizontal ? end >= bar.base : end <= bar.base;
          const thickness = horizontal ? bar.height : bar.width;
          const beyond = stacked ? 0 : horizontal ? (forward ? area.right - end : end - area.left) : (forward ? end - area.top : area.bottom - end);
          const along = horizontal ? width : LABEL_HEIGHT;
          const place = placeValueLabel({ length, thickness, beyond }, { along, across: horizontal ? LABEL_HEIGHT : width });
          if (place === 'none') return;
          // The label's centre along the bar: past its end, inside its end, or (stacked) mid-segment.
          const sign = (horizontal ? 1 : -1) * (forward ? 1 : -1);
          const centre = stacked ? (end + bar.base) / 2 : end + sign * (place === 'outside' ? 4 + along / 2 : -(4 + along / 2));
          const box = horizontal
            ? { x: centre - width / 2, y: bar.y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT }
            : { x: bar.x - width / 2, y: centre - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT };
          put(text, box, place === 'inside' && (FILLS[d % FILLS.length] === 'solid' ? 'solid' : 'pattern'));
        });
      });
      ctx.restore();
    },
  };
}

/** The category names in lines that fit the chart's width: under upright bars, or in the column left of lying ones. */
function wrappedCategories(config: ChartConfig, orientation: Orientation, width: number, variant: ChartVariant): string[][] {
  const chars = orientation === 'horizontal' ? charsIn(width * LABEL_COLUMN_SHARE) : charsIn(uprightSlot(width, config.categories.length, variant));
  return config.categories.map((c) => wrapLabel(c, chars));
}

export async function renderChart(surface: ChartSurface, config: ChartConfig, look: ChartLook, options: DrawOptions): Promise<Chart> {
  const thumbnail = options.variant === 'thumbnail';
  const variant: ChartVariant = options.variant === 'narrow' ? 'narrow' : 'wide';
  const orientation = orientationFor(config.type, config.categories, variant);
  const horizontal = orientation === 'horizontal';
  const stacked = config.type === 'stacked-bar';
  const line = config.type === 'line';
  const { text, grid, page, palette } = look;
  Chart.defaults.font.family = look.font;
  const datasets: ChartDataset<'bar' | 'line'>[] = config.series.map((series, i) => {
    const base = palette[i % palette.length]!;
    return {
      label: series.name,
      data: series.values,
      backgroundColor: line ? base : fill(i, base, page),
      borderColor: base,
      borderWidth: line ? 2.5 : 1,
      borderDash: DASHES[i % DASHES.length]!,
      pointStyle: POINTS[i % POINTS.length]!,
      pointRadius: thumbnail ? 0 : 4,
      categoryPercentage: CATEGORY_PERCENTAGE,
      barPercentage: BAR_PERCENTAGE,
    };
  });
  const offscreen = 'width' in surface;
  const drawn: string[] = [];
  // The widest value label, estimated generously (bold digits are wider than the average letter).
  const widest = Math.max(...config.series.flatMap((s) => s.values.map((v) => formatValue(v, config.unit, config.locale).length))) * (CHAR_PX + 1) + 12;
  // Lying bars carry their values at their ends, so their value axis is only its zero line (and
  // its unit); the bars keep the room for the labels beyond them. A thumbnail has no words at all.
  const gridless = thumbnail || (horizontal && !stacked);
  let ticks: number[] = [];
  const drawnAxis = { min: 0, max: 0, ticks };
  // The value axis: zero, the data and room for the labels beyond the longest bars; round ticks
  // far enough apart for their numbers (computed again whenever chart.js lays the chart out).
  const valueScale = {
    type: 'linear',
    stacked,
    bounds: 'data',
    afterDataLimits: (scale: Scale) => {
      // The plot's length along the axis, before chart.js has measured the labels beside it: the
      // width less the column of category names, or the height less the lines of names under it.
      const lines = Math.max(...wrappedCategories(config, orientation, scale.chart.width, variant).map((l) => l.length));
      const length = horizontal ? scale.chart.width * (1 - LABEL_COLUMN_SHARE) - 24 : scale.chart.height - lines * LINE_PX - 24;
      const room = thumbnail || stacked ? 0 : horizontal ? widest + 6 : line ? LABEL_HEIGHT + 12 : LABEL_HEIGHT + 6;
      const axis = valueAxis(scale.min, scale.max, { length, minSpacing: scale.isHorizontal() ? widest + 16 : 40, room });
      scale.min = axis.min;
      scale.max = axis.max;
      ticks = axis.ticks;
      Object.assign(drawnAxis, { min: axis.min, max: axis.max, ticks: axis.ticks });
    },
    afterBuildTicks: (scale: Scale) => { scale.ticks = ticks.map((value) => ({ value })); },
    ticks: { display: !gridless, color: text, font: { size: 12 }, callback: (value: number | string) => formatValue(Number(value), config.unit, config.locale) },
    // The zero line is drawn darker: bars grow from it.
    grid: { color: (c: { tick?: { value: number } }) => (c.tick?.value === 0 ? text : gridless ? 'transparent' : grid), lineWidth: (c: { tick?: { value: number } }) => (c.tick?.value === 0 ? 1.5 : 1), drawTicks: false },
    border: { display: false },
    title: { display: !thumbnail, text: config.unitLabel, color: text, font: { size: 12 } },
  } as unknown as ScaleOptionsByType<'linear'>;
  const categoryScale = {
    type: 'category',
    stacked,
    ticks: { display: !thumbnail, color: text, font: { size: 13 }, maxRotation: 0, minRotation: 0, autoSkip: true, padding: 6 },
    grid: { display: false },
    border: { display: false },
  } as unknown as ScaleOptionsByType<'category'>;
  const width = offscreen ? surface.width : surface.canvas.clientWidth || 600;
  const configuration: ChartConfiguration<'bar' | 'line'> = {
    type: line ? 'line' : 'bar',
    data: { labels: wrappedCategories(config, orientation, width, variant), datasets },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: !offscreen,
      maintainAspectRatio: false,
      ...(offscreen ? { devicePixelRatio: surface.devicePixelRatio } : {}),
      animation: look.reduceMotion ? false : { duration: 400 },
      color: text,
      layout: { padding: thumbnail ? 2 : { top: 4, right: horizontal ? 4 : 8, left: 0, bottom: 0 } },
      // A resize wraps the category names again for the new width.
      onResize: (chart, size) => { chart.data.labels = wrappedCategories(config, orientation, size.width, variant); },
      scales: horizontal ? { x: valueScale, y: categoryScale } : { x: categoryScale, y: valueScale },
      plugins: {
        tooltip: {
          enabled: !thumbnail,
          callbacks: {
            title: (items) => (items[0] ? config.categories[items[0].dataIndex] ?? '' : ''),
            label: (item) => `${item.dataset.label ?? ''}: ${formatValue(Number(item.raw), config.unit, config.locale)}`,
          },
        },
      },
    },
    plugins: [...(thumbnail ? [] : [valueLabels(config, look, orientation, drawn)]), settled(orientation, drawn, drawnAxis, options.onDrawn)],
  };
  // Off screen, chart.js takes the canvas's size as the chart's size in CSS pixels, then scales
  // the bitmap by the pixel ratio. (It also never animates there.)
  if (offscreen) {
    surface.canvas.width = surface.width;
    surface.canvas.height = surface.height;
  }
  // chart.js draws on an OffscreenCanvas as on a canvas element (its types only name the element).
  return new Chart(surface.canvas as HTMLCanvasElement, configuration);
}

/** Tell `onDrawn` what the chart shows once its drawing has settled (after an animation's last frame). */
function settled(orientation: Orientation, drawn: string[], axis: DrawnChart['axis'], onDrawn: DrawOptions['onDrawn']): Plugin {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    id: 'settled',
    afterRender() {
      if (!onDrawn) return;
      clearTimeout(timer);
      timer = setTimeout(() => onDrawn({ orientation, labels: [...drawn], axis: { ...axis } }), 50);
    },
  };
}
