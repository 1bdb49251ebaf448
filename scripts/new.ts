/**
 * npm run new -- site <folder> "<Site name>" ["<Organisation>"]
 * npm run new -- chapter <publication> "<title>" [file-name]
 * npm run new -- publication <id> "<title>"
 * npm run new -- dataset <id> "<title>"
 * Creates a new site (the engine, the site file and a small example publication that builds as
 * it is), or a file that follows the schemas, and says what to do next.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { copyEngine, writeSitePackage } from './lib/engine-copy.ts';
import { loadSite } from '../src/lib/load/load-site.ts';
import { contentRoot } from '../src/lib/current-site.ts';
import { chapterTemplate, datasetTemplate, fileNameFor, publicationTemplate, siteReadme, siteStarterFiles } from '../src/lib/scaffold.ts';
import { ID_PATTERN } from '../src/schemas/ids.ts';

const [kind, first, second, third] = process.argv.slice(2);
const root = contentRoot();
const usage = 'Usage:\n  npm run new -- site <folder> "<Site name>" ["<Organisation>"]\n  npm run new -- chapter <publication-id> "<Chapter title>" [file-name]\n  npm run new -- publication <publication-id> "<Title>"\n  npm run new -- dataset <dataset-id> "<Title>"';

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

if (kind === 'site') {
  // A new site: the engine (this project's engine files), its own package.json, README and
  // EDITING.md, and its first content. Nothing of this site's own content is copied.
  const folder = resolve(first);
  if (existsSync(folder) && readdirSync(folder).length > 0) fail(`${first} already exists and is not empty: choose a new folder.`);
  const engine = process.cwd();
  mkdirSync(folder, { recursive: true });
  copyEngine(engine, folder);
  const id = basename(folder).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'evidence-site';
  writeSitePackage(engine, folder, { name: id, description: `The evidence site of ${second}` });
  for (const file of ['EDITING.md', '.gitignore']) cpSync(join(engine, file), join(folder, file));
  writeFileSync(join(folder, 'README.md'), siteReadme({ name: second, folder: first }));
  for (const [file, text] of Object.entries(siteStarterFiles({ name: second, organisation: third ?? second, year: String(new Date().getFullYear()) }))) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), text);
  }
  // A git repository from the start: the check's advice (restore a deleted file, page dates) reads git.
  const git = (...args: string[]) => spawnSync('git', args, { cwd: folder, encoding: 'utf8' });
  const repository = git('init', '-q').status === 0 && git('add', '-A').status === 0;
  const committed = repository && git('commit', '-q', '-m', 'A new evidence site, with the example publication').status === 0;
  const gitLine = !repository ? 'git was not found: make the folder a git repository (git init) before you publish, as the check’s advice uses git.'
    : committed ? 'It is a git repository, with the example as its first commit.'
    : 'It is a git repository; git could not commit (set your name and email: git config --global user.name …, user.email …), so commit it yourself: git add -A && git commit -m "A new evidence site".';
  console.log(`Created a new site in ${first}, with the engine and an example publication. ${gitLine}\nNext:\n  cd ${first} && npm install && npm run build && npm run preview\nThen put your own publications in src/content/ and data/ (README.md says how to replace the example; EDITING.md how to write content).`);
  process.exit(0);
}

const content = loadSite(root);

if (kind === 'chapter') {
  const publication = content.publications.find((p) => p.id === first);
  if (!publication) fail(`There is no publication "${first}". Publications: ${content.publications.map((p) => p.id).join(', ')}`);
  const order = Math.max(0, ...content.chapters.filter((c) => c.data.publication === first).map((c) => c.data.order)) + 1;
  // The file name is the chapter's address, for good: made from the title, or given.
  const name = third ?? fileNameFor(second);
  if (!name) fail(`The title "${second}" has no letter or digit to make the chapter's file name (its address) from.\nGive the file name as well, in lower-case letters, digits and hyphens:  npm run new -- chapter ${first} "${second}" what-we-found`);
  if (!ID_PATTERN.test(name) || name === 'print') fail(`"${name}" cannot be a chapter's file name: use lower-case letters, digits and single hyphens (not "print"), e.g. what-we-found.`);
  const nextItem = Math.max(0, ...content.recommendations.filter((r) => r.publication === first).map((r) => r.number)) + 1;
  write(`src/content/chapters/${first}/${name}.mdx`, chapterTemplate({ publication: first, order, title: second, themes: content.themes.map((t) => t.id), nextItem }),
    `write the text (its address will be /${first}/${name}/), fill in or delete the example quote and numbered item, replace the summary with its first sentence, and run npm run check -- --content.`);
} else if (kind === 'publication') {
  if (!ID_PATTERN.test(first)) fail(`"${first}" cannot be a publication id: use lower-case letters, digits and hyphens, e.g. 2024-annual-report.`);
  const order = Math.max(0, ...content.publications.map((p) => p.order)) + 1;
  const year = /^\d{4}/.exec(first)?.[0] ?? String(new Date().getFullYear());
  write(`src/content/publications/${first}.yaml`, publicationTemplate({ title: second, code: first.replace(/[^a-z0-9]/g, ''), order, date: year, publisher: content.config.publisher }),
    `fill in the fields, save the source text in data/sources/, then add chapters with npm run new -- chapter ${first} "<title>".`);
  write(`src/content/chapters/${first}/introduction.mdx`, chapterTemplate({ publication: first, order: 1, title: 'Introduction', themes: content.themes.map((t) => t.id) }), 'write the introduction.');
} else if (kind === 'dataset') {
  if (!ID_PATTERN.test(first)) fail(`"${first}" cannot be a dataset id: use lower-case letters, digits and hyphens.`);
  write(`data/datasets/${first}.json`, datasetTemplate({ id: first, title: second, publication: content.publications[0]?.id, document: content.publications[0]?.source }),
    `fill in the figures and copy the sentence that states them into "statedIn" (npm run check says what is still missing), then place <Chart dataset="${first}" /> in the chapter.`);
} else {
  fail(`Unknown kind "${kind}".`);
}
