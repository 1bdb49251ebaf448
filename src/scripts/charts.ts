/**
 * Charts in the browser. The figure is complete without JavaScript (caption, summary, table,
 * source). This script adds the chart/table toggle and has chart.js draw the chart, loaded only
 * when a figure comes near the viewport. Where the browser can, chart.js runs in a worker on an
 * OffscreenCanvas (chart-worker.ts), so the page's own thread never waits for it; elsewhere it
 * draws in the page.
 */
import type { ChartConfig } from '../lib/data/chart-config.ts';
import { readChartLook } from './chart-look.ts';
import type { FromChartWorker, ToChartWorker } from './chart-messages.ts';

function setView(figure: HTMLElement, view: 'chart' | 'table'): void {
  const chart = figure.querySelector<HTMLElement>('[data-chart-view]');
  const table = figure.querySelector<HTMLElement>('[data-chart-table]');
  const button = figure.querySelector<HTMLButtonElement>('[data-chart-toggle]');
  if (!chart || !table || !button) return;
  chart.hidden = view !== 'chart';
  table.hidden = view !== 'table';
  button.textContent = view === 'chart' ? 'Show the table' : 'Show the chart';
  figure.dataset['view'] = view;
}

/** Offer the chart as a PNG once it is drawn. */
function offerPng(figure: HTMLElement, png: () => Promise<Blob | string>): void {
  const download = figure.querySelector<HTMLButtonElement>('[data-chart-png]');
  if (!download) return;
  download.hidden = false;
  download.addEventListener('click', async () => {
    const image = await png();
    const link = document.createElement('a');
    link.href = typeof image === 'string' ? image : URL.createObjectURL(image);
    link.download = `${figure.dataset['id'] ?? 'chart'}.png`;
    link.click();
    if (typeof image !== 'string') setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  });
}

/** Draw in the page: where the browser cannot hand a canvas to a worker. */
async function drawInPage(figure: HTMLElement, canvas: HTMLCanvasElement, config: ChartConfig): Promise<void> {
  const { renderChart } = await import('./chart-render.ts');
  let chart = await renderChart({ canvas }, config, readChartLook(figure));
  figure.dataset['drawn'] = 'true';
  // Redraw in the new colours when the reader switches between light and dark.
  document.addEventListener('themechange', async () => {
    chart.destroy();
    chart = await renderChart({ canvas }, config, readChartLook(figure));
  });
  offerPng(figure, async () => canvas.toDataURL('image/png'));
}

let worker: Worker | undefined;
const waiting = new Map<string, (message: FromChartWorker) => void>();

/** The page's chart worker, started with the first chart. If it cannot start, every chart it had is drawn in the page. */
function chartWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./chart-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<FromChartWorker>) => waiting.get(event.data.id)?.(event.data));
    worker.addEventListener('error', () => {
      for (const id of waiting.keys()) {
        const figure = document.getElementById(id);
        const canvas = figure?.querySelector('canvas');
        const raw = figure?.dataset['chart'];
        if (!figure || !canvas || !raw || figure.dataset['drawn'] === 'true') continue;
        // The canvas was handed to the worker: draw on a fresh one.
        const fresh = canvas.cloneNode(false) as HTMLCanvasElement;
        canvas.replaceWith(fresh);
        void drawInPage(figure, fresh, JSON.parse(raw) as ChartConfig);
      }
      waiting.clear();
    });
  }
  return worker;
}

/** Draw in the chart worker, which keeps the canvas; the page sends it sizes, colours and the pointer. */
function drawInWorker(figure: HTMLElement, canvas: HTMLCanvasElement, config: ChartConfig): void {
  const id = figure.id;
  const send = (message: ToChartWorker, transfer: Transferable[] = []): void => chartWorker().postMessage(message, transfer);
  const box = canvas.parentElement!;
  let pngWanted: ((png: Blob) => void) | undefined;
  waiting.set(id, (message) => {
    if (message.kind === 'drawn' && figure.dataset['drawn'] !== 'true') {
      figure.dataset['drawn'] = 'true';
      offerPng(figure, () => new Promise((resolve) => { pngWanted = resolve; send({ kind: 'png', id }); }));
    } else if (message.kind === 'png') pngWanted?.(message.png);
    else if (message.kind === 'failed') console.error(`Chart ${id}: ${message.message}`);
  });
  const offscreen = canvas.transferControlToOffscreen();
  send({ kind: 'draw', id, canvas: offscreen, config, look: readChartLook(figure), width: box.clientWidth, height: box.clientHeight, devicePixelRatio: window.devicePixelRatio }, [offscreen]);
  new ResizeObserver(() => {
    if (box.clientWidth > 0) send({ kind: 'resize', id, width: box.clientWidth, height: box.clientHeight });
  }).observe(box);
  document.addEventListener('themechange', () => send({ kind: 'look', id, look: readChartLook(figure) }));
  // The pointer, for chart.js's tooltips: moving a mouse, or touching the chart.
  const point = (event: PointerEvent): void => send({ kind: 'point', id, x: event.offsetX, y: event.offsetY });
  canvas.addEventListener('pointermove', point);
  canvas.addEventListener('pointerdown', point);
  canvas.addEventListener('pointerleave', () => send({ kind: 'leave', id }));
}

const offscreenWorks = typeof Worker !== 'undefined' && 'transferControlToOffscreen' in HTMLCanvasElement.prototype;

function draw(figure: HTMLElement): void {
  const canvas = figure.querySelector<HTMLCanvasElement>('canvas');
  const raw = figure.dataset['chart'];
  if (!canvas || !raw || figure.dataset['drawn']) return;
  figure.dataset['drawn'] = 'pending';
  const config = JSON.parse(raw) as ChartConfig;
  if (offscreenWorks) drawInWorker(figure, canvas, config);
  else void drawInPage(figure, canvas, config);
}

const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];
const observer = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    observer.unobserve(entry.target);
    draw(entry.target as HTMLElement);
  }
}, { rootMargin: '300px 0px' });

for (const figure of figures) {
  const controls = figure.querySelector<HTMLElement>('[data-chart-controls]');
  const button = figure.querySelector<HTMLButtonElement>('[data-chart-toggle]');
  if (!controls || !button) continue;
  controls.hidden = false;
  button.addEventListener('click', () => setView(figure, figure.dataset['view'] === 'chart' ? 'table' : 'chart'));
  setView(figure, 'chart');
  observer.observe(figure);
}
