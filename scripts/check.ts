/**
 * npm run check: check every content file (frontmatter, MDX, components, references, numbering)
 * and print each problem as  file:line:column  rule  message  (how to fix).
 * Exits 1 when there is an error; warnings alone do not fail.
 */
import { loadSiteContent } from '../src/lib/content/site.ts';
import { printFindings } from './lib/report.ts';

const root = process.argv[2] ?? process.cwd();
const content = loadSiteContent(root);
const { errors, warnings } = printFindings(content.findings);
console.error(
  `Content check: ${content.chapters.length} chapters, ${content.recommendations.length} recommendations, ` +
    `${content.quotes.length} quotes; ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
);
process.exit(errors > 0 ? 1 : 0);
