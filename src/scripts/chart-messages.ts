/** Messages between a page and its chart worker (chart-worker.ts). */
import type { ChartConfig } from '../lib/data/chart-config.ts';
import type { ChartLook } from './chart-look.ts';

export type ToChartWorker =
  | { kind: 'draw'; id: string; canvas: OffscreenCanvas; config: ChartConfig; look: ChartLook; width: number; height: number; devicePixelRatio: number }
  | { kind: 'resize'; id: string; width: number; height: number }
  | { kind: 'look'; id: string; look: ChartLook }
  | { kind: 'point'; id: string; x: number; y: number }
  | { kind: 'leave'; id: string }
  | { kind: 'png'; id: string };

export type FromChartWorker =
  | { kind: 'drawn'; id: string }
  | { kind: 'png'; id: string; png: Blob }
  | { kind: 'failed'; id: string; message: string };
