/** Messages between a page and its chart worker (chart-worker.ts). Sizes are in CSS pixels. */
import type { ChartConfig } from '../lib/data/chart-config.ts';
import type { ChartVariant } from '../lib/data/chart-layout.ts';
import type { ChartLook } from './chart-look.ts';
import type { DrawnChart } from './chart-render.ts';

export interface ChartSize { width: number; height: number; devicePixelRatio: number }

export type ToChartWorker =
  | ({ kind: 'draw'; id: string; canvas: OffscreenCanvas; config: ChartConfig; look: ChartLook; variant: ChartVariant } & ChartSize)
  | ({ kind: 'resize'; id: string } & ChartSize)
  /** Draw again in new colours (the theme changed) or another layout (the screen became narrow or wide). */
  | { kind: 'redraw'; id: string; look: ChartLook; variant: ChartVariant }
  | { kind: 'point'; id: string; x: number; y: number }
  | { kind: 'leave'; id: string };

export type FromChartWorker =
  | { kind: 'drawn'; id: string; drawn: DrawnChart }
  | { kind: 'failed'; id: string; message: string };
