/**
 * `npm run dev`, as editors use it: chapters go through the same Sätteri plugins as the build
 * (numbered paragraphs), the citation files are served, and a saved change shows up: in the
 * chapter's text, in its title on every page that lists it, and in a publication's YAML.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureProject, remove } from './helpers.ts';

const PORT = 4391;
const ORIGIN = `http://127.0.0.1:${PORT}`;
let project: string;
let dev: ChildProcess;
let log = "";
let lastError: unknown;

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const value = await probe().catch((error: unknown) => { lastError = error; return undefined; });
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what} (${String(lastError)}; ${String((lastError as { cause?: unknown })?.cause)}); dev server said:\n${log}`);
}

/** The environment an editor's shell has: without what the test runner adds (NODE_ENV=test, VITEST…). */
function editorEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key.startsWith('VITEST') || key === 'TEST') delete env[key];
  return env;
}

beforeAll(async () => {
  project = fixtureProject();
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
    cwd: project, env: editorEnv(), stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout?.on('data', (d: Buffer) => { log += d.toString(); });
  dev.stderr?.on('data', (d: Buffer) => { log += d.toString(); });
  await waitFor('the dev server', async () => ((await fetch(`${ORIGIN}/`)).ok ? true : undefined), 90_000);
}, 120_000);

afterAll(() => {
  dev?.kill('SIGTERM');
  remove(project);
});

describe('the dev server', () => {
  it('renders chapters with their numbered paragraphs', async () => {
    const html = await (await fetch(`${ORIGIN}/test-report/first/`)).text();
    expect(html).toMatch(/<p id="para-1" data-para="\d+\.1"><a class="para-num" href="#para-1"/);
  });

  it('serves the BibTeX and RIS files at their addresses, without a trailing slash', async () => {
    const bib = await fetch(`${ORIGIN}/citations/chapters/test-report/first.bib`);
    expect(bib.status).toBe(200);
    expect(bib.headers.get('content-type')).toMatch(/^application\/x-bibtex/);
    expect(await bib.text()).toContain('/test-report/first/}');
    const ris = await fetch(`${ORIGIN}/citations/chapters/test-report/first.ris`);
    expect(ris.status).toBe(200);
    expect(await ris.text()).toMatch(/^TY {2}- CHAP/m);
  });

  it('shows a saved change, numbered like the rest', async () => {
    const file = join(project, 'src/content/chapters/test-report/first.mdx');
    const sentence = 'A sentence saved while the dev server runs.';
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${sentence}\n`);
    const html = await waitFor('the saved sentence', async () => {
      const page = await (await fetch(`${ORIGIN}/test-report/first/`)).text();
      return page.includes(sentence) ? page : undefined;
    });
    expect(html).toMatch(new RegExp(`data-para="[\\d.]+"><a class="para-num"[^>]*>.*?</a>${sentence}`));
  }, 90_000);

  it('shows a changed chapter title on the chapter and on the pages that list it', async () => {
    const file = join(project, 'src/content/chapters/test-report/first.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: First chapter$/m, 'title: First chapter, retitled'));
    await waitFor('the new title on the chapter', async () => {
      const page = await (await fetch(`${ORIGIN}/test-report/first/`)).text();
      return page.includes('First chapter, retitled</h1>') ? true : undefined;
    });
    const contents = await (await fetch(`${ORIGIN}/test-report/`)).text();
    expect(contents).toContain('First chapter, retitled');
  }, 90_000);

  it('shows a changed publication title, saved in its YAML file', async () => {
    const file = join(project, 'src/content/publications/test-report.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: Test report$/m, 'title: Test report, revised'));
    const home = await waitFor('the new publication title on the home page', async () => {
      const page = await (await fetch(`${ORIGIN}/`)).text();
      return page.includes('Test report, revised') ? page : undefined;
    });
    expect(home).toContain('Test report, revised');
  }, 90_000);

  it('shows a recommendation’s new wording on its permanent page (made from the page list Astro keeps)', async () => {
    const before = await (await fetch(`${ORIGIN}/recommendations/test-1/`)).text();
    expect(before).toContain('First recommendation.');
    const file = join(project, 'src/content/chapters/test-report/first.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('First recommendation.', 'First recommendation, reworded.'));
    const page = await waitFor('the new wording on the recommendation page', async () => {
      const html = await (await fetch(`${ORIGIN}/recommendations/test-1/`)).text();
      return html.includes('First recommendation, reworded.') ? html : undefined;
    });
    expect(page).not.toContain('First recommendation.</p>');
  }, 90_000);
});
