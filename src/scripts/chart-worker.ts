/**
 * The chart worker: chart.js draws a page's charts here, on the canvases the page handed over
 * (OffscreenCanvas), so loading and drawing them never holds up the page's own thread. The page
 * sends sizes, colours and pointer positions; chart.js's tooltips follow the pointer through its
 * public API.
 */
/// <reference lib="webworker" />
import type { Chart, ChartEvent } from 'chart.js';
import { renderChart } from './chart-render.ts';
import type { FromChartWorker, ToChartWorker } from './chart-messages.ts';

const charts = new Map<string, { chart: Chart; draw: Extract<ToChartWorker, { kind: 'draw' }> }>();
const reply = (message: FromChartWorker): void => postMessage(message);

async function draw(message: Extract<ToChartWorker, { kind: 'draw' }>): Promise<void> {
  const { canvas, width, height, devicePixelRatio } = message;
  charts.get(message.id)?.chart.destroy();
  // chart.js reads the canvas's size as the chart's size in CSS pixels, then scales the bitmap.
  canvas.width = width;
  canvas.height = height;
  const chart = await renderChart({ canvas, width, height, devicePixelRatio }, message.config, message.look);
  charts.set(message.id, { chart, draw: message });
  reply({ kind: 'drawn', id: message.id });
}

function point(chart: Chart, x: number, y: number): void {
  const event = { type: 'mousemove', native: null, x, y } as ChartEvent;
  const mode = chart.options.interaction?.mode ?? 'nearest';
  const intersect = chart.options.interaction?.intersect ?? true;
  const active = chart.getElementsAtEventForMode(event as unknown as Event, mode, { intersect }, false)
    .map(({ datasetIndex, index }) => ({ datasetIndex, index }));
  chart.setActiveElements(active);
  chart.tooltip?.setActiveElements(active, { x, y });
  chart.update('none');
}

addEventListener('message', (event: MessageEvent<ToChartWorker>) => {
  const message = event.data;
  const entry = charts.get(message.id);
  void (async () => {
    try {
      if (message.kind === 'draw') await draw(message);
      else if (!entry) return;
      else if (message.kind === 'resize') entry.chart.resize(message.width, message.height);
      else if (message.kind === 'look') await draw({ ...entry.draw, look: message.look, width: entry.chart.width, height: entry.chart.height });
      else if (message.kind === 'point') point(entry.chart, message.x, message.y);
      else if (message.kind === 'leave') point(entry.chart, -1, -1);
      else if (message.kind === 'png') reply({ kind: 'png', id: message.id, png: await (entry.chart.canvas as unknown as OffscreenCanvas).convertToBlob({ type: 'image/png' }) });
    } catch (error) {
      reply({ kind: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
