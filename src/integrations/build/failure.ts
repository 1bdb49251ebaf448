/**
 * When something fails inside Astro, the bundler or Chromium once the content check has passed (a
 * page that throws, a PDF that cannot print), the build stops with one plain message naming the page
 * and the content files it is made from, never a bare stack trace: the full error goes to a log file
 * (.tmp/build-error.log) the message names. The record collects what failed from Astro's log
 * (log-destination.mjs hands it every error) and from anything written to the console with a stack
 * trace (Astro's own last words, when it gives up), and writes both to the log file.
 */
import { listed } from '../../lib/typography.ts';
import { appendFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { SiteContent } from '../../lib/model.ts';
import { pageSources } from '../../lib/page-sources.ts';

/** The key of the record on globalThis, shared with log-destination.mjs (which Astro loads apart from the integration's modules). */
const RECORD = Symbol.for('evidence-site.build-failure');

/** A step of the build that failed on one page or file (a PDF, a share image), with the error it met. */
export class StepFailure extends Error {
  /** What failed, as a sentence without its end: "the PDF of annual-report could not be printed". */
  readonly what: string;
  /** The page it was made from, when there is one. */
  readonly page: string | undefined;

  constructor(what: string, page: string | undefined, cause: unknown) {
    super(`${what}: ${firstLine(cause)}`, { cause });
    this.name = 'StepFailure';
    this.what = what;
    this.page = page;
  }
}

// Astro's colour codes and log prefix ("10:20:58 [ERROR] [build]"), to read a message as text.
// eslint-disable-next-line no-control-regex
const plain = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

/** The first line of an error that says what went wrong, without a log prefix. */
export function firstLine(error: unknown): string {
  const text = plain(error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error));
  const line = text.split('\n').map((l) => l.replace(/^\d\d:\d\d:\d\d\s+(\[[A-Za-z-:]+\]\s*)*/, '').trim()).find((l) => l !== '' && !/^at\s/.test(l)) ?? 'an error with no message';
  return line.length > 240 ? `${line.slice(0, 240)}…` : line;
}

const hasStack = (text: string): boolean => /\n\s+at\s|Stack trace:/.test(text);

export interface FailureRecord {
  /** The log file the full errors are written to. */
  logFile: string;
  /** Every error Astro logged, or anything written with a stack trace, in full, in order. */
  readonly texts: string[];
  /** The pages Astro could not render ("Caught error rendering /a/b/: …"), with their error. */
  readonly pages: { page: string; error: string }[];
  capture(text: string): void;
  /** Take what is written to the console with a stack trace (and everything once an error is recorded) into the record. */
  listen(): void;
  /** Stop taking the console's output (Astro's part of the build is over, or our own message follows); Astro's logged errors are still recorded. */
  release(): void;
}

/**
 * Start recording failures for this build: Astro's logged errors (and, while listening, the
 * console's stack traces) go to `logFile`, written afresh, not to the terminal.
 */
export function recordFailures(logFile: string): FailureRecord {
  rmSync(logFile, { force: true });
  const original = console.error;
  const record: FailureRecord = {
    logFile,
    texts: [],
    pages: [],
    capture(text) {
      const clean = plain(text);
      record.texts.push(clean);
      mkdirSync(dirname(logFile), { recursive: true });
      appendFileSync(logFile, `${clean.trimEnd()}\n\n`);
      const rendering = /Caught error rendering (\S+?): (.+)/.exec(clean);
      if (rendering) record.pages.push({ page: rendering[1]!, error: rendering[2]!.trim().replace(/^Error: /, '') });
    },
    listen() {
      // Astro's last words when it gives up (the error with its stack), and anything after an error: to the log.
      console.error = (...args: unknown[]): void => {
        const text = args.map((a) => (a instanceof Error ? a.stack ?? String(a) : String(a))).join(' ');
        if (record.texts.length > 0 || hasStack(text)) record.capture(text);
        else original(...args);
      };
    },
    release() {
      console.error = original;
    },
  };
  (globalThis as Record<symbol, unknown>)[RECORD] = record;
  return record;
}


/** Content files named in an error's text (a bundler names the file it could not read). */
function filesNamedIn(texts: readonly string[], root: string): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/((?:src\/content|data)\/[\w./-]+\.(?:mdx|yaml|json))/g)) {
      const at = m[1]!;
      found.add(at.startsWith(root) ? relative(root, at) : at);
    }
  }
  return [...found];
}

/** Where the log is, from the folder the command runs in. */
export const logName = (record: Pick<FailureRecord, 'logFile'>): string => relative(process.cwd(), record.logFile) || record.logFile;

/**
 * The one message for a build that stopped inside Astro, the bundler or Chromium: what could not be
 * made, from which content files, what the error says in one line, and where its full text is.
 */
export function failureMessage(record: Pick<FailureRecord, 'texts' | 'pages' | 'logFile'>, content: Pick<SiteContent, 'recommendations' | 'publications' | 'quotes' | 'root'>, base: string, failure?: unknown): string {
  const log = `The full error is in ${logName(record)}, for whoever looks after the site’s engine.`;
  const lookThere = (files: readonly string[]): string => (files.length === 0
    ? 'It is one of the site’s own pages, not made from one content file.'
    : `It is made from ${listed(files)}: look there for the last change made (npm run check -- --content names any mistake it knows).`);
  if (failure instanceof StepFailure) {
    const files = failure.page ? pageSources(failure.page, content, base) : [];
    return [`${failure.what}${failure.page ? ` (from the page ${failure.page})` : ''}: ${firstLine(failure.cause)}.`,
      ...(failure.page ? [lookThere(files)] : []), log].join('\n');
  }
  const [rendering] = record.pages;
  if (rendering) {
    return [`the page ${rendering.page} could not be made: ${rendering.error}.`, lookThere(pageSources(rendering.page, content, base)), log].join('\n');
  }
  const said = failure !== undefined ? firstLine(failure) : record.texts.length > 0 ? firstLine(record.texts.at(-1)) : 'Astro stopped with an error';
  const files = filesNamedIn(record.texts, content.root);
  // The bundler says where it stopped ("Location: /…/src/components/x.astro:52:2"): in the engine's code, not the content.
  const location = files.length === 0 ? /Location:\s*\n\s*(\S+?):(\d+)(?::\d+)?\s*$/m.exec(record.texts.join('\n')) : null;
  const where = location ? relative(content.root, location[1]!) : undefined;
  const inEngine = where !== undefined && !where.startsWith('..') ? [`It stopped at line ${location![2]} of ${where}, a file of the site’s engine, not of its content.`] : [];
  return [`the site could not be built: ${said}.`, ...(files.length > 0 ? [`The error names ${listed(files)}: look there for the last change made.`] : inEngine), log].join('\n');
}
