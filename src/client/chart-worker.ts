/**
 * The chart worker: chart.js draws a page's charts here, on the canvases the page handed over
 * (OffscreenCanvas), so loading and drawing them never holds up the page's own thread. The page
 * sends sizes, colours, the layout and pointer positions; chart.js's tooltips follow the pointer
 * through its public API. Messages are handled one at a time, in the order sent.
 */
/// <reference lib="webworker" />
import type { ActiveElement, Chart, ChartEvent } from 'chart.js';
import { renderChart } from './chart-render.ts';
import type { FromChartWorker, ToChartWorker } from './chart-messages.ts';

type Draw = Extract<ToChartWorker, { kind: 'draw' }>;
const charts = new Map<string, { chart: Chart; draw: Draw }>();
const reply = (message: FromChartWorker): void => postMessage(message);

async function draw(message: Draw): Promise<void> {
  charts.get(message.id)?.chart.destroy();
  const { canvas, width, height, devicePixelRatio, id } = message;
  const chart = await renderChart({ canvas, width, height, devicePixelRatio }, message.config, message.look, {
    variant: message.variant,
    onDrawn: (drawn) => reply({ kind: 'drawn', id, drawn }),
  });
  charts.set(id, { chart, draw: message });
}

/** Show the tooltip for what is under (x, y), as chart.js does for a pointer in the page. */
function point(chart: Chart, x: number, y: number): void {
  const event = { type: 'mousemove', native: null, x, y } as ChartEvent;
  const mode = chart.options.interaction?.mode ?? 'nearest';
  const intersect = chart.options.interaction?.intersect ?? true;
  const found = chart.getElementsAtEventForMode(event as unknown as Event, mode, { intersect }, false);
  activate(chart, found.map(({ datasetIndex, index }) => ({ datasetIndex, index })), { x, y });
}

function activate(chart: Chart, active: { datasetIndex: number; index: number }[], at: { x: number; y: number }): void {
  const same = (a: ActiveElement[]): boolean => a.length === active.length && a.every((e, i) => e.datasetIndex === active[i]!.datasetIndex && e.index === active[i]!.index);
  if (same(chart.getActiveElements()) && same(chart.tooltip?.getActiveElements() ?? [])) return;
  chart.setActiveElements(active);
  chart.tooltip?.setActiveElements(active, at);
  chart.update('none');
}

async function handle(message: ToChartWorker): Promise<void> {
  if (message.kind === 'draw') return draw(message);
  const entry = charts.get(message.id);
  if (!entry) return;
  const { chart } = entry;
  if (message.kind === 'resize') {
    chart.options.devicePixelRatio = message.devicePixelRatio;
    entry.draw = { ...entry.draw, width: message.width, height: message.height, devicePixelRatio: message.devicePixelRatio };
    chart.resize(message.width, message.height);
  } else if (message.kind === 'redraw') await draw({ ...entry.draw, look: message.look, variant: message.variant });
  else if (message.kind === 'point') point(chart, message.x, message.y);
  else if (message.kind === 'leave') activate(chart, [], { x: 0, y: 0 });
}

let queue = Promise.resolve();
addEventListener('message', (event: MessageEvent<ToChartWorker>) => {
  const message = event.data;
  queue = queue.then(() => handle(message)).catch((error: unknown) => {
    reply({ kind: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error) });
  });
});
