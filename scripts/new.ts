/**
 * npm run new -- chapter <publication> "<title>"
 * npm run new -- publication <id> "<title>"
 * npm run new -- dataset <id> "<title>"
 * Creates a file that follows the schemas, and says what to fill in next.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadSiteContent } from '../src/lib/content/site.ts';
import { chapterTemplate, datasetTemplate, publicationTemplate, slugForTitle } from '../src/lib/scaffold.ts';
import { ID_PATTERN } from '../src/schemas/ids.ts';

const [kind, first, second] = process.argv.slice(2);
const root = process.cwd();
const usage = 'Usage:\n  npm run new -- chapter <publication-id> "<Chapter title>"\n  npm run new -- publication <publication-id> "<Title>"\n  npm run new -- dataset <dataset-id> "<Title>"';

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(1);
}

function write(relative: string, text: string, next: string): void {
  const path = join(root, relative);
  if (existsSync(path)) fail(`${relative} already exists: choose another name.`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`Created ${relative}\nNext: ${next}`);
}

if (!kind || !first || !second) fail('Missing arguments.');
const content = loadSiteContent(root);

if (kind === 'chapter') {
  const publication = content.publications.find((p) => p.id === first);
  if (!publication) fail(`There is no publication "${first}". Publications: ${content.publications.map((p) => p.id).join(', ')}`);
  const order = Math.max(0, ...content.chapters.filter((c) => c.data.publication === first).map((c) => c.data.order)) + 1;
  write(`src/content/chapters/${first}/${slugForTitle(second)}.mdx`, chapterTemplate({ publication: first, order, title: second }),
    'write the text, replace the summary with its first sentence, and run npm run check.');
} else if (kind === 'publication') {
  if (!ID_PATTERN.test(first)) fail(`"${first}" cannot be a publication id: use lower-case letters, digits and hyphens, e.g. 2024-annual-report.`);
  const order = Math.max(0, ...content.publications.map((p) => p.order)) + 1;
  const year = /^\d{4}/.exec(first)?.[0] ?? String(new Date().getFullYear());
  write(`src/content/publications/${first}.yaml`, publicationTemplate({ title: second, code: first.replace(/[^a-z0-9]/g, ''), order, date: year }),
    `fill in the fields, save the source text in data/sources/, then add chapters with npm run new -- chapter ${first} "<title>".`);
  write(`src/content/chapters/${first}/introduction.mdx`, chapterTemplate({ publication: first, order: 1, title: 'Introduction' }), 'write the introduction.');
} else if (kind === 'dataset') {
  if (!ID_PATTERN.test(first)) fail(`"${first}" cannot be a dataset id: use lower-case letters, digits and hyphens.`);
  write(`data/datasets/${first}.json`, datasetTemplate({ id: first, title: second }),
    `fill in the figures and copy the sentence that states them into "statedIn" (npm run check says what is still missing), then place <Chart dataset="${first}" /> in the chapter.`);
} else {
  fail(`Unknown kind "${kind}".`);
}
