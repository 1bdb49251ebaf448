/**
 * npm run check: check every content file (frontmatter, MDX, components, references, numbering,
 * links, datasets) and print each problem as  file:line:column  rule  message  (how to fix),
 * then type-check the code with `astro check`. Exits 1 when there is an error; warnings alone do
 * not fail. `npm run check -- --content` checks the content only (quicker).
 */
import { join } from 'node:path';
import { loadAndCheckSite } from '../src/lib/check/check-site.ts';
import { contentRoot } from '../src/lib/current-site.ts';
import { CHAPTER_CACHE_FILE, chapterCacheAt, checkerCodeHash } from '../src/lib/load/chapter-cache.ts';
import { printFindings } from '../src/integrations/build/report.ts';
import { contentSummary, findingsSummary } from '../src/lib/check/summary.ts';
import { run } from '../src/integrations/build/run.ts';

const contentOnly = process.argv.includes('--content');
// The content root: a folder named on the command line, else CONTENT_ROOT, else this project.
const named = process.argv.slice(2).find((a) => !a.startsWith('--'));
const root = named ?? contentRoot();
const chapterCache = chapterCacheAt(join(root, '.tmp', CHAPTER_CACHE_FILE), checkerCodeHash());
const content = loadAndCheckSite(root, { cache: chapterCache });
chapterCache.save();
const { errors, warnings } = printFindings(content.findings, root);
console.error(`Content check: ${contentSummary(content)}; ${findingsSummary(errors, warnings)}.`);
if (errors > 0) process.exit(1);
if (!contentOnly) {
  console.error('Type check (astro check)…');
  const code = await run(join(process.cwd(), 'node_modules', '.bin', 'astro'), ['check'], { ASTRO_TELEMETRY_DISABLED: '1' });
  process.exit(code);
}
