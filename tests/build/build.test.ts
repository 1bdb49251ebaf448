/**
 * A real build of the fixture site: it replaces dist/ only when it succeeds, and text from
 * datasets and frontmatter is always escaped (script and onerror payloads render as text).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { build, fixtureProject, remove } from './helpers.ts';

/** Every element of a page, so the test reads the page as a browser parses it. */
function elements(html: string): Element[] {
  const out: Element[] = [];
  const walk = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type === 'element') {
        out.push(child);
        walk(child);
      }
    }
  };
  walk(fromHtml(html));
  return out;
}

const SCRIPT = '<script>window.__pwned = 1</script>';
const IMG = '<img src=x onerror="window.__pwned = 1">';
let project: string;
let result: { status: number; output: string };

beforeAll(() => {
  project = fixtureProject();
  mkdirSync(join(project, 'dist'), { recursive: true });
  writeFileSync(join(project, 'dist', 'stale.html'), 'from an older build');
  const dataset = join(project, 'data/datasets/fixture-poverty.json');
  writeFileSync(dataset, readFileSync(dataset, 'utf8').replace('"Then"', JSON.stringify(`Then ${SCRIPT}`)).replace('"Region"', JSON.stringify(`Region ${IMG}`)));
  const chapter = join(project, 'src/content/chapters/test-report/second.mdx');
  writeFileSync(chapter, readFileSync(chapter, 'utf8')
    .replace('by="North East secondary headteacher">\n\nIn 24 years of teaching, a repeat.', `by="${IMG.replace(/"/g, '&quot;')}">\n\nIn 24 years of teaching, a repeat.`)
    .replace('title: Second chapter', `title: "Second ${SCRIPT}"`));
  result = build(project);
}, 300_000);

afterAll(() => remove(project));

describe('a successful build', () => {
  it('exits 0 and replaces dist/ with the new site', () => {
    expect(result.output).toContain('Build complete');
    expect(result.status).toBe(0);
    expect(existsSync(join(project, 'dist', 'stale.html'))).toBe(false);
    expect(existsSync(join(project, 'dist', 'test-report', 'first', 'index.html'))).toBe(true);
    expect(existsSync(join(project, 'dist', 'test-report', 'test-report.pdf'))).toBe(true);
    expect(existsSync(join(project, 'dist', 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('escapes markup from datasets, quote attributions and frontmatter', () => {
    const pages = ['test-report/first', 'test-report/second', 'data/fixture-poverty', 'quotes'].map((p) => readFileSync(join(project, 'dist', p, 'index.html'), 'utf8'));
    for (const html of pages) {
      const all = elements(html);
      // No payload became an element: no injected script, no image, no event handler.
      expect(all.filter((el) => el.tagName === 'script' && toString(el).includes('__pwned') && el.properties['type'] !== 'application/ld+json')).toEqual([]);
      // (The only images are the charts' own, drawn at build.)
      expect(all.filter((el) => el.tagName === 'img' && !/^\/data\/[a-z0-9-]+\/chart-(wide|narrow|thumbnail)-(light|dark)\.png$/.test(String(el.properties['src'])))).toEqual([]);
      expect(all.filter((el) => Object.keys(el.properties).some((name) => name.toLowerCase().startsWith('on')))).toEqual([]);
    }
    const all = pages.join('\n');
    // The payloads are shown as the text they are.
    expect(all).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(all).toMatch(/&lt;img src=x onerror=(&quot;|")window\.__pwned = 1(&quot;|")&gt;/);
    const csv = readFileSync(join(project, 'dist', 'data', 'fixture-poverty.csv'), 'utf8');
    const row = csv.split('\r\n')[1]!;
    expect(row.startsWith(`Then ${SCRIPT},26,29,`)).toBe(true);
    // Then where the figures are stated, with the link to the paragraph.
    expect(row).toMatch(/,"Test report, First chapter: http[^"]*\/test-report\/first\/#para-3",$/);
  });

  it('starts each CSV download with a UTF-8 byte-order mark, for Excel', () => {
    const bytes = readFileSync(join(project, 'dist', 'data', 'fixture-poverty.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toMatch(/^Category,/);
  });

  it('warns, but still builds, when SITE_URL is not set', () => {
    const warned = result.output.indexOf('SITE_URL is not set: links in citations, share buttons, embed code and PDFs will say http://localhost:4321.');
    if (process.env['SITE_URL'] !== undefined) expect(warned).toBe(-1);
    else {
      expect(warned).toBeGreaterThan(-1);
      expect(result.status).toBe(0);
    }
  });
});
