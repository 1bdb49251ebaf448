/**
 * Draw one chart with chart.js, registering only the parts its type needs. Runs in the page or in
 * the chart worker (on an OffscreenCanvas), so it reads nothing from the document: the colours
 * come in `look`, read from the page's CSS by chart-look.ts (dark mode and contrast are set in one
 * place). Every series also differs by more than colour: bars by fill (solid, stripes, dots,
 * cross-hatch), lines by dash and point shape.
 */
import { Chart, CategoryScale, LinearScale, Legend, Tooltip, type ChartConfiguration, type ChartDataset } from 'chart.js';
import type { ChartConfig } from '../lib/data/chart-config.ts';
import { formatValue } from '../lib/data/format.ts';
import type { ChartLook } from './chart-look.ts';

async function registerFor(type: ChartConfig['type']): Promise<void> {
  Chart.register(CategoryScale, LinearScale, Legend, Tooltip);
  if (type === 'bar') {
    const { BarController, BarElement } = await import('./chart-parts-bar.ts');
    Chart.register(BarController, BarElement);
  } else {
    const { LineController, LineElement, PointElement } = await import('./chart-parts-line.ts');
    Chart.register(LineController, LineElement, PointElement);
  }
}

const FILLS = ['solid', 'stripes', 'dots', 'cross'] as const;
const DASHES: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3]];
const POINTS = ['circle', 'rect', 'triangle', 'rectRot'] as const;

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

export async function renderChart(surface: ChartSurface, config: ChartConfig, look: ChartLook): Promise<Chart> {
  await registerFor(config.type);
  const { text, grid, page, palette } = look;
  const datasets: ChartDataset<'bar' | 'line'>[] = config.series.map((series, i) => {
    const base = palette[i % palette.length]!;
    return {
      label: series.name,
      data: series.values,
      backgroundColor: fill(i, base, page),
      borderColor: base,
      borderWidth: 2,
      borderDash: DASHES[i % DASHES.length]!,
      pointStyle: POINTS[i % POINTS.length]!,
    };
  });
  const offscreen = 'width' in surface;
  const configuration: ChartConfiguration<'bar' | 'line'> = {
    type: config.type,
    data: { labels: config.categories, datasets },
    options: {
      responsive: !offscreen,
      maintainAspectRatio: false,
      ...(offscreen ? { devicePixelRatio: surface.devicePixelRatio } : {}),
      animation: look.reduceMotion ? false : { duration: 400 },
      color: text,
      scales: {
        x: { ticks: { color: text, font: { size: 13 } }, grid: { display: false } },
        y: {
          beginAtZero: true,
          ticks: { color: text, callback: (value) => formatValue(Number(value), config.unit, config.locale) },
          grid: { color: grid },
          title: { display: true, text: config.unitLabel, color: text },
        },
      },
      plugins: {
        legend: { display: config.series.length > 1, labels: { color: text, font: { size: 13 } } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${formatValue(Number(item.raw), config.unit, config.locale)}` } },
      },
    },
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
