/**
 * Charts in the browser. The figure is complete without JavaScript (caption, summary, table,
 * source). This script adds the chart/table toggle and has chart.js draw the chart, loaded only
 * when a figure comes near the viewport. Where the browser can, chart.js runs in a worker on an
 * OffscreenCanvas (chart-worker.ts), so the page's own thread never waits for it; elsewhere it
 * draws in the page.
 */
import type { ChartConfig } from '../lib/data/chart-config.ts';
import { readChartLook } from './chart-look.ts';
import type { ChartSize, FromChartWorker, ToChartWorker } from './chart-messages.ts';
import { chartPng } from './chart-png.ts';

function setView(figure: HTMLElement, view: 'chart' | 'table'): void {
  const chart = figure.querySelector<HTMLElement>('[data-chart-view]');
  const table = figure.querySelector<HTMLElement>('[data-chart-table]');
  const button = figure.querySelector<HTMLButtonElement>('[data-chart-toggle]');
  if (!chart || !table || !button) return;
  chart.hidden = view !== 'chart';
  table.hidden = view !== 'table';
  // The button's name says what it will show, so it carries no expanded state as well (a button
  // named "Show the chart" that is also "expanded" would contradict itself).
  button.textContent = view === 'chart' ? 'Show the table' : 'Show the chart';
  figure.dataset['view'] = view;
}

/** Offer the chart as a PNG once it is drawn. */
function offerPng(figure: HTMLElement, png: () => Promise<Blob>): void {
  const download = figure.querySelector<HTMLButtonElement>('[data-chart-png]');
  if (!download) return;
  download.hidden = false;
  download.onclick = async () => {
    try {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(await png());
      link.download = `${figure.dataset['id'] ?? 'chart'}.png`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (error) {
      console.error(`Chart ${figure.id}: ${(error as Error).message}`);
    }
  };
}

/** Draw in the page: where the browser cannot hand a canvas to a worker, or the worker failed. */
async function drawInPage(figure: HTMLElement, canvas: HTMLCanvasElement, config: ChartConfig): Promise<void> {
  const { renderChart } = await import('./chart-render.ts');
  let look = readChartLook(figure);
  let chart = await renderChart({ canvas }, config, look);
  figure.dataset['drawn'] = 'true';
  // Redraw in the new colours when the reader switches between light and dark.
  document.addEventListener('themechange', async () => {
    chart.destroy();
    look = readChartLook(figure);
    chart = await renderChart({ canvas }, config, look);
  });
  offerPng(figure, () => chartPng(canvas, look.page));
}

/** The page's chart worker, started with the first chart; undefined once it has failed. */
let worker: Worker | undefined;
let workerFailed = !(typeof Worker !== 'undefined' && 'transferControlToOffscreen' in HTMLCanvasElement.prototype);
/** What to do with each message from the worker, by chart id. */
const listeners = new Map<string, (message: FromChartWorker) => void>();
/** How to draw each chart the worker has not drawn yet in the page instead, by chart id. */
const fallbacks = new Map<string, () => void>();

function chartWorker(): Worker | undefined {
  if (workerFailed) return undefined;
  if (!worker) {
    try {
      worker = new Worker(new URL('./chart-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      workerFailed = true;
      return undefined;
    }
    worker.addEventListener('message', (event: MessageEvent<FromChartWorker>) => listeners.get(event.data.id)?.(event.data));
    // The worker could not start (or broke): the charts it has not drawn are drawn in the page,
    // and so are those still to come.
    worker.addEventListener('error', () => {
      workerFailed = true;
      for (const fallBack of [...fallbacks.values()]) fallBack();
    });
  }
  return worker;
}

/** Draw in the chart worker, which keeps the canvas; the page sends it sizes, colours and the pointer. */
function drawInWorker(figure: HTMLElement, canvas: HTMLCanvasElement, config: ChartConfig, to: Worker): void {
  const id = figure.id;
  const send = (message: ToChartWorker, transfer: Transferable[] = []): void => to.postMessage(message, transfer);
  const box = canvas.parentElement!;
  const stop = new AbortController();
  const resized = new ResizeObserver(() => sendSize());
  const pngs = new Map<number, { resolve: (png: Blob) => void; reject: (error: Error) => void }>();
  let nextPng = 0;
  const size = (): ChartSize => ({ width: box.clientWidth, height: box.clientHeight, devicePixelRatio: window.devicePixelRatio });
  const sendSize = (): void => { if (box.clientWidth > 0) send({ kind: 'resize', id, ...size() }); };
  // Zooming, or moving the window to another screen, changes the pixel ratio: draw sharp again.
  const watchPixelRatio = (): void => {
    matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener('change', () => { sendSize(); watchPixelRatio(); }, { once: true, signal: stop.signal });
  };
  fallbacks.set(id, () => {
    fallbacks.delete(id);
    listeners.delete(id);
    stop.abort();
    resized.disconnect();
    // The canvas was handed to the worker: draw on a fresh one.
    const fresh = canvas.cloneNode(false) as HTMLCanvasElement;
    canvas.replaceWith(fresh);
    void drawInPage(figure, fresh, config);
  });
  listeners.set(id, (message) => {
    if (message.kind === 'drawn' && figure.dataset['drawn'] !== 'true') {
      fallbacks.delete(id);
      figure.dataset['drawn'] = 'true';
      offerPng(figure, () => new Promise((resolve, reject) => {
        const request = nextPng++;
        pngs.set(request, { resolve, reject });
        send({ kind: 'png', id, request });
      }));
    } else if (message.kind === 'png') {
      pngs.get(message.request)?.resolve(message.png);
      pngs.delete(message.request);
    } else if (message.kind === 'failed') {
      if (message.request !== undefined) {
        pngs.get(message.request)?.reject(new Error(message.message));
        pngs.delete(message.request);
      } else if (fallbacks.has(id)) fallbacks.get(id)!();
      else console.error(`Chart ${id}: ${message.message}`);
    }
  });
  const offscreen = canvas.transferControlToOffscreen();
  send({ kind: 'draw', id, canvas: offscreen, config, look: readChartLook(figure), ...size() }, [offscreen]);
  resized.observe(box);
  watchPixelRatio();
  document.addEventListener('themechange', () => send({ kind: 'look', id, look: readChartLook(figure) }), { signal: stop.signal });
  // The pointer, for chart.js's tooltips: a mouse moving, or a finger touching the chart. A
  // touch's tooltip stays when the finger lifts, as chart.js has it in the page.
  const point = (event: PointerEvent): void => send({ kind: 'point', id, x: event.offsetX, y: event.offsetY });
  canvas.addEventListener('pointermove', point, { signal: stop.signal });
  canvas.addEventListener('pointerdown', point, { signal: stop.signal });
  canvas.addEventListener('pointerleave', (event) => { if (event.pointerType === 'mouse') send({ kind: 'leave', id }); }, { signal: stop.signal });
}

function draw(figure: HTMLElement): void {
  const canvas = figure.querySelector<HTMLCanvasElement>('canvas');
  const raw = figure.dataset['chart'];
  if (!canvas || !raw || figure.dataset['drawn']) return;
  figure.dataset['drawn'] = 'pending';
  const config = JSON.parse(raw) as ChartConfig;
  const to = chartWorker();
  if (to) drawInWorker(figure, canvas, config, to);
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
