/**
 * The worker thread of content-check.ts: check the site's content (reusing the chapter cache),
 * post the outcome, then raise the flag a blocked reader waits on.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { enableCompileCache } from 'node:module';
import type { CheckOutcome, CheckRequest } from './content-check.ts';

const { request, port } = workerData as { request: CheckRequest; port: MessagePort };
const started = performance.now();
let outcome: CheckOutcome;
try {
  if (!process.env['CI']) enableCompileCache?.();
  // Loaded here, so that even code that fails to load gives an outcome.
  const { chapterCacheAt, checkerCodeHash } = await import('../../src/lib/content/chapter-cache.ts');
  const { loadSiteContent } = await import('../../src/lib/content/site.ts');
  const cache = request.cacheFile ? chapterCacheAt(request.cacheFile, checkerCodeHash()) : undefined;
  const content = loadSiteContent(request.root, { cache });
  cache?.save();
  outcome = { ok: true, content, ms: Math.round(performance.now() - started) };
} catch (error) {
  outcome = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
port.postMessage(outcome);
port.close();
const done = new Int32Array(request.done);
Atomics.store(done, 0, 1);
Atomics.notify(done, 0);
