/**
 * The content check in a worker thread, so `npm run build` checks the content on one core while
 * Astro starts and bundles on the other, instead of before it.
 *
 * The outcome arrives in two ways: as a promise, for the build script (which stops the build as
 * soon as the content has errors), and by blocking until it is ready, for the pages and the
 * Markdown plugins, which read the content synchronously. Whichever asks first receives it.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { SiteContent } from '../../src/lib/content/site.ts';

export type CheckOutcome =
  | { ok: true; content: SiteContent; ms: number }
  | { ok: false; error: string };

export interface ContentCheck {
  /** The outcome, as soon as the worker has it. */
  outcome: Promise<CheckOutcome>;
  /** The outcome now: blocks this thread until the worker has it. */
  waitForOutcome(): CheckOutcome;
}

/** What the worker is given (content-check-worker.ts). */
export interface CheckRequest {
  root: string;
  /** The chapter cache's file, or undefined to check every chapter again. */
  cacheFile: string | undefined;
  /** Set to 1 by the worker once the outcome is posted. */
  done: SharedArrayBuffer;
}

/** Longer than any real check takes; only a worker that died without a word waits this long. */
const GIVE_UP_MS = 10 * 60 * 1000;

export function checkContentInWorker(root: string, cacheFile: string | undefined): ContentCheck {
  const done = new SharedArrayBuffer(4);
  const { port1: results, port2: workerPort } = new MessageChannel();
  const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), {
    workerData: { request: { root, cacheFile, done } satisfies CheckRequest, port: workerPort },
    transferList: [workerPort],
  });
  let settled: CheckOutcome | undefined;
  let resolve: (outcome: CheckOutcome) => void = () => undefined;
  const outcome = new Promise<CheckOutcome>((r) => { resolve = r; });
  const settle = (value: CheckOutcome): CheckOutcome => {
    if (settled) return settled;
    settled = value;
    results.close();
    resolve(value);
    return value;
  };
  // The outcome, if it is waiting on the port (its 'message' event may come after the worker's 'exit').
  const posted = (): CheckOutcome | undefined => (settled ? undefined : receiveMessageOnPort(results)?.message as CheckOutcome | undefined);
  results.once('message', (message: CheckOutcome) => settle(message));
  worker.once('error', (error) => settle(posted() ?? { ok: false, error: error.stack ?? String(error) }));
  worker.once('exit', (code) => settle(posted() ?? { ok: false, error: `the content check stopped (exit code ${code}) without a result` }));
  return {
    outcome,
    waitForOutcome() {
      if (settled) return settled;
      if (Atomics.wait(new Int32Array(done), 0, 0, GIVE_UP_MS) === 'timed-out') {
        return settle({ ok: false, error: `the content check gave no result in ${GIVE_UP_MS / 60000} minutes` });
      }
      // The worker posts before it sets the flag, so the message is waiting on the port.
      return settle(posted() ?? { ok: false, error: 'the content check finished without a result' });
    },
  };
}
