/**
 * npm run check: check every content file (frontmatter, MDX, components, references, numbering,
 * links, datasets) and print each problem as  file:line:column  rule  message  (how to fix),
 * then type-check the code with `astro check`. Exits 1 when there is an error; warnings alone do
 * not fail. `npm run check -- --content` checks the content only (quicker).
 */
import { join } from 'node:path';
import { loadSiteContent } from '../src/lib/content/site.ts';
import { CHAPTER_CACHE_FILE, chapterCacheAt, checkerCodeHash } from '../src/lib/content/chapter-cache.ts';
import { printFindings } from './lib/report.ts';
import { run } from './lib/run.ts';

const contentOnly = process.argv.includes('--content');
const root = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? process.cwd();
const chapterCache = chapterCacheAt(join(root, '.tmp', CHAPTER_CACHE_FILE), checkerCodeHash());
const content = loadSiteContent(root, { cache: chapterCache });
chapterCache.save();
const { errors, warnings } = printFindings(content.findings);
console.error(
  `Content check: ${content.chapters.length} chapters, ${content.recommendations.length} recommendations, ` +
    `${content.quotes.length} quotes, ${content.datasets.length} datasets; ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
);
if (errors > 0) process.exit(1);
if (!contentOnly) {
  console.error('Type check (astro check)…');
  const code = await run(join(root, 'node_modules', '.bin', 'astro'), ['check'], { ASTRO_TELEMETRY_DISABLED: '1' });
  process.exit(code);
}
