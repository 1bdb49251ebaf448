/**
 * Draw a chart's images (used only at build, on the page /chart-images/): the chart as the page
 * draws it, in a layout and theme, at twice its design size, as a PNG with a clear background
 * (the figure's own shows through). The build calls window.drawChartImage for each image.
 */
import type { ChartConfig } from '../lib/data/chart-config.ts';
import type { ChartVariant } from '../lib/data/chart-layout.ts';
import { readChartLook } from './chart-look.ts';
import { renderChart } from './chart-render.ts';

export interface ChartImageRequest {
  config: ChartConfig;
  variant: ChartVariant | 'thumbnail';
  theme: 'light' | 'dark';
  width: number;
  height: number;
}

async function drawChartImage(request: ChartImageRequest): Promise<string> {
  document.documentElement.dataset['theme'] = request.theme;
  const look = { ...readChartLook(document.querySelector<HTMLElement>('[data-chart-look]')!), reduceMotion: true };
  const canvas = new OffscreenCanvas(request.width, request.height);
  let settle: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => { settle = resolve; });
  const chart = await renderChart({ canvas, width: request.width, height: request.height, devicePixelRatio: 2 }, request.config, look, { variant: request.variant, onDrawn: () => settle() });
  await settled;
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  chart.destroy();
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

(window as unknown as { drawChartImage: typeof drawChartImage }).drawChartImage = drawChartImage;
document.body.dataset['ready'] = 'true';
