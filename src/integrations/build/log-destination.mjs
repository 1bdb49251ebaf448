// @ts-check
/**
 * Where Astro's log goes during `astro build` (the evidence-site integration sets it as Astro's
 * `logger`; JavaScript, because Astro loads a logger itself, without TypeScript). It writes what
 * Astro's own logger writes, except:
 * - the line per page written ("├─ /themes/index.html (+16ms)"), some 150 for a site, unless the
 *   build runs with VERBOSE=1: the count and the time follow at the end anyway;
 * - errors: these go to the build's failure record (src/integrations/build/failure.ts), which keeps
 *   the full text and stack in a log file and prints one plain message naming the page and its
 *   content files when the build stops. Without a record (not a build), they are written as usual.
 */
import nodeDestination from 'astro/logger/node';

/** The key of the failure record on globalThis: this file is loaded apart from the integration's modules. */
const RECORD = Symbol.for('evidence-site.build-failure');

/** Astro's colour codes, to read a message as text. */
// eslint-disable-next-line no-control-regex
const plain = (/** @type {string} */ text) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** What follows a page's line: its time, or that it was cached or not written. */
const PAGE_DETAIL = /^\s*(\(\+[\d.]+m?s\)|\(cached\)|\(restored\))/;

/**
 * @typedef {{ label: string | null, level: 'debug' | 'info' | 'warn' | 'error', message: string, newLine: boolean }} LogEvent
 * @typedef {{ capture(text: string): void }} FailureRecord
 */

/** @param {{ verbose?: boolean } | undefined} config */
export default function buildLog(config) {
  const verbose = config?.verbose === true;
  const inner = nodeDestination({ level: 'info' });
  return {
    /** @param {LogEvent} event */
    write(event) {
      const record = /** @type {FailureRecord | undefined} */ (/** @type {Record<symbol, unknown>} */ (globalThis)[RECORD]);
      if (event.level === 'error' && record) {
        record.capture(event.message);
        return;
      }
      if (!verbose && event.level === 'info') {
        const text = plain(event.message);
        if (event.label === null && /^\s*├─/.test(text)) return;
        if (event.label === 'SKIP_FORMAT' && PAGE_DETAIL.test(text)) return;
        if (event.label === 'SKIP_FORMAT' && /static routes/.test(text)) {
          inner.write({ ...event, message: `${event.message} (VERBOSE=1 npm run build lists each page)` });
          return;
        }
      }
      inner.write(event);
    },
  };
}
