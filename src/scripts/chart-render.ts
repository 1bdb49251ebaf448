/**
 * Draw one chart with chart.js, registering only the parts its type needs.
 * Colours come from the page's CSS (so dark mode and contrast are set in one place). Every series
 * also differs by more than colour: bars by fill (solid, stripes, dots, cross-hatch), lines by dash
 * and point shape.
 */
import { Chart, CategoryScale, LinearScale, Legend, Tooltip, type ChartConfiguration, type ChartDataset } from 'chart.js';
import type { ChartConfig } from '../lib/data/chart-config.ts';
import { formatValue } from '../lib/data/format.ts';

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

/** The fill of the i-th series: solid, or a pattern in its colour on the page background. */
function fill(i: number, colour: string, background: string): CanvasPattern | string {
  const kind = FILLS[i % FILLS.length]!;
  if (kind === 'solid') return colour;
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
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
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

export async function renderChart(canvas: HTMLCanvasElement, config: ChartConfig): Promise<Chart> {
  await registerFor(config.type);
  // Resolve the page's colours (light-dark() values) to what the canvas can paint.
  const probe = document.createElement('span');
  canvas.parentElement?.append(probe);
  const colour = (name: string, fallback: string): string => {
    probe.style.color = `var(${name}, ${fallback})`;
    return getComputedStyle(probe).color || fallback;
  };
  const text = colour('--text', '#1b1d21');
  const grid = colour('--rule', '#d6d2ca');
  const page = colour('--page', '#ffffff');
  const palette = [colour('--chart-1', '#1d5a8c'), colour('--chart-2', '#a0362a'), colour('--chart-3', '#1f6b3a')];
  probe.remove();
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

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

  const configuration: ChartConfiguration<'bar' | 'line'> = {
    type: config.type,
    data: { labels: config.categories, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 400 },
      color: text,
      scales: {
        x: { ticks: { color: text, font: { size: 13 } }, grid: { display: false } },
        y: {
          beginAtZero: true,
          ticks: { color: text, callback: (value) => formatValue(Number(value), config.unit) },
          grid: { color: grid },
          title: { display: true, text: config.unitLabel, color: text },
        },
      },
      plugins: {
        legend: { display: config.series.length > 1, labels: { color: text, font: { size: 13 } } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${formatValue(Number(item.raw), config.unit)}` } },
      },
    },
  };
  return new Chart(canvas, configuration);
}
