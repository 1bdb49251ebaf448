/**
 * npm run check: check every content file (frontmatter, MDX, components, references, numbering,
 * links, datasets) and print each problem as  file:line:column  rule  message  (how to fix),
 * then type-check the code with `astro check`. Exits 1 when there is an error; warnings alone do
 * not fail. `npm run check -- --content` checks the content only (quicker).
 * `npm run check -- --numbers <chapter file>` checks the content, then prints the chapter's
 * paragraph numbers (6.12) with their lines and first words: the MDX does not show them.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { loadAndCheckSite } from '../src/lib/check/check-site.ts';
import { contentRoot } from '../src/lib/current-site.ts';
import { CHAPTER_CACHE_FILE, chapterCacheAt, checkerCodeHash } from '../src/lib/load/chapter-cache.ts';
import { printFindings } from '../src/integrations/build/report.ts';
import { contentSummary, findingsSummary } from '../src/lib/check/summary.ts';
import { numbersListing } from '../src/lib/check/numbers-listing.ts';
import { CONTENT_FILES } from '../src/lib/load/files.ts';
import { chapterNumber } from '../src/schemas/chapter.ts';
import { run } from '../src/integrations/build/run.ts';

const args = process.argv.slice(2);
// --numbers <chapter file>: the file named after it.
const numbersAt = args.indexOf('--numbers');
const numbersOf = numbersAt === -1 ? undefined : args[numbersAt + 1];
if (numbersAt !== -1 && (!numbersOf || numbersOf.startsWith('--'))) {
  console.error('Name the chapter: npm run check -- --numbers src/content/chapters/<publication>/<chapter>.mdx');
  process.exit(1);
}
const contentOnly = args.includes('--content') || numbersOf !== undefined;
// The content root: a folder named on the command line, else CONTENT_ROOT, else this project.
const named = args.find((a, i) => !a.startsWith('--') && i !== numbersAt + 1);
const root = named ?? contentRoot();
const chapterCache = chapterCacheAt(join(root, '.tmp', CHAPTER_CACHE_FILE), checkerCodeHash());
const content = loadAndCheckSite(root, { cache: chapterCache });
chapterCache.save();
const { errors, warnings } = printFindings(content.findings, root);
console.error(`Content check: ${contentSummary(content)}; ${findingsSummary(errors, warnings)}.`);
if (numbersOf !== undefined) {
  // Named from the folder the command runs in, or from the content root, or as <publication>/<chapter>.
  const wanted = [relative(root, resolve(numbersOf)), numbersOf, `${CONTENT_FILES.chapters}/${numbersOf.replace(/\.mdx$/, '')}.mdx`].map((f) => f.split(sep).join('/'));
  const chapter = content.chapters.find((c) => wanted.includes(c.file));
  if (!chapter) {
    const exists = wanted.some((f) => existsSync(join(root, f)));
    console.error(exists
      ? `\n${numbersOf} could not be read (its errors are above): fix them, and its numbers can be shown.`
      : `\nThere is no chapter ${numbersOf}. Name its file, e.g. ${content.chapters[0]?.file ?? `${CONTENT_FILES.chapters}/<publication>/<chapter>.mdx`}`);
    process.exit(1);
  }
  console.log(`\n${numbersListing(chapter, chapterNumber(chapter.data)).join('\n')}`);
}
if (errors > 0) process.exit(1);
if (!contentOnly) {
  console.error('Type check (astro check)…');
  const code = await run(join(process.cwd(), 'node_modules', '.bin', 'astro'), ['check'], { ASTRO_TELEMETRY_DISABLED: '1' });
  process.exit(code);
}
