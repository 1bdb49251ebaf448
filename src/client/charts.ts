/**
 * Charts in the browser. The figure is complete without JavaScript (caption, summary, legend, the
 * build's image of the chart, table, source, and the annotated PNG to download). This script adds
 * the chart/table toggle and has chart.js draw the chart over the image, loaded only when a figure
 * comes near the viewport. Where the browser can, chart.js runs in a worker on an OffscreenCanvas
 * (chart-worker.ts), so the page's own thread never waits for it; elsewhere it draws in the page.
 * The chart takes the narrow layout on the screens the image does (NARROW_MEDIA), and is drawn
 * again in the other when the screen turns.
 */
import type { ChartConfig } from '../lib/data/chart-config.ts';
import { NARROW_MEDIA, type ChartVariant } from '../lib/data/chart-layout.ts';
import { readChartLook } from './chart-look.ts';
import type { ChartSize, FromChartWorker, ToChartWorker } from './chart-messages.ts';
import type { DrawnChart } from './chart-render.ts';

const narrow = matchMedia(NARROW_MEDIA);
const variant = (): ChartVariant => (narrow.matches ? 'narrow' : 'wide');

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

/**
 * The chart is drawn: it takes the place of the image (CSS hides the image, keeping its box) and
 * becomes the figure's picture for assistive technology. The figure records what the drawing
 * shows (which way the bars run, the value labels drawn, the value axis), as the chart worker reports it.
 */
function shown(figure: HTMLElement, canvas: HTMLCanvasElement, drawn: DrawnChart): void {
  canvas.removeAttribute('aria-hidden');
  figure.dataset['orientation'] = drawn.orientation;
  figure.dataset['valueLabels'] = JSON.stringify(drawn.labels);
  figure.dataset['valueAxis'] = JSON.stringify(drawn.axis);
  figure.dataset['drawn'] = 'true';
}

/** Draw in the page: where the browser cannot hand a canvas to a worker, or the worker failed. */
async function drawInPage(figure: HTMLElement, canvas: HTMLCanvasElement, config: ChartConfig): Promise<void> {
  const { renderChart } = await import('./chart-render.ts');
  const draw = () => renderChart({ canvas }, config, readChartLook(figure), { variant: variant(), onDrawn: (drawn) => shown(figure, canvas, drawn) });
  let chart = await draw();
  // Redraw in the new colours when the reader switches between light and dark, and in the other
  // layout when the screen turns between narrow and wide.
  const redraw = async (): Promise<void> => {
    chart.destroy();
    chart = await draw();
  };
  document.addEventListener('themechange', redraw);
  narrow.addEventListener('change', redraw);
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
    if (message.kind === 'drawn') {
      fallbacks.delete(id);
      shown(figure, canvas, message.drawn);
    } else if (fallbacks.has(id)) fallbacks.get(id)!();
    else console.error(`Chart ${id}: ${message.message}`);
  });
  const offscreen = canvas.transferControlToOffscreen();
  send({ kind: 'draw', id, canvas: offscreen, config, look: readChartLook(figure), variant: variant(), ...size() }, [offscreen]);
  resized.observe(box);
  watchPixelRatio();
  const redraw = (): void => send({ kind: 'redraw', id, look: readChartLook(figure), variant: variant() });
  document.addEventListener('themechange', redraw, { signal: stop.signal });
  narrow.addEventListener('change', redraw, { signal: stop.signal });
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
  const button = figure.querySelector<HTMLButtonElement>('[data-chart-toggle]');
  if (!button) continue;
  button.addEventListener('click', () => setView(figure, figure.dataset['view'] === 'chart' ? 'table' : 'chart'));
  setView(figure, 'chart');
  observer.observe(figure);
}
