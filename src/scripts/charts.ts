/**
 * Charts in the browser. The figure is complete without JavaScript (caption, summary, table,
 * source). This script adds the chart/table toggle and draws the chart with chart.js, loaded
 * only when a figure comes near the viewport.
 */
import type { ChartConfig } from '../lib/data/chart-config.ts';

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

async function draw(figure: HTMLElement): Promise<void> {
  const canvas = figure.querySelector<HTMLCanvasElement>('canvas');
  const raw = figure.dataset['chart'];
  if (!canvas || !raw || figure.dataset['drawn']) return;
  figure.dataset['drawn'] = 'pending';
  const config = JSON.parse(raw) as ChartConfig;
  const { renderChart } = await import('./chart-render.ts');
  let chart = await renderChart(canvas, config);
  figure.dataset['drawn'] = 'true';
  // Redraw in the new colours when the reader switches between light and dark.
  document.addEventListener('themechange', async () => {
    chart.destroy();
    chart = await renderChart(canvas, config);
  });
  const download = figure.querySelector<HTMLButtonElement>('[data-chart-png]');
  if (download) {
    download.hidden = false;
    download.addEventListener('click', () => {
      const link = document.createElement('a');
      link.href = canvas.toDataURL('image/png');
      link.download = `${figure.dataset['id'] ?? 'chart'}.png`;
      link.click();
    });
  }
}

const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];
const observer = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    observer.unobserve(entry.target);
    void draw(entry.target as HTMLElement);
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
