/** Messages between a page and its chart worker (chart-worker.ts). Sizes are in CSS pixels. */
import type { ChartConfig } from '../lib/data/chart-config.ts';
import type { ChartLook } from './chart-look.ts';

export interface ChartSize { width: number; height: number; devicePixelRatio: number }

export type ToChartWorker =
  | ({ kind: 'draw'; id: string; canvas: OffscreenCanvas; config: ChartConfig; look: ChartLook } & ChartSize)
  | ({ kind: 'resize'; id: string } & ChartSize)
  | { kind: 'look'; id: string; look: ChartLook }
  | { kind: 'point'; id: string; x: number; y: number }
  | { kind: 'leave'; id: string }
  | { kind: 'png'; id: string; request: number };

export type FromChartWorker =
  | { kind: 'drawn'; id: string }
  | { kind: 'png'; id: string; request: number; png: Blob }
  | { kind: 'failed'; id: string; request?: number; message: string };
