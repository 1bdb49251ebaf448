/**
 * npm run permalinks: check that no published anchor of a chapter would break (the build does
 * this too, and also checks pages and files).
 * npm run permalinks -- --accept: you rewrote a published paragraph or heading on purpose: record
 * its new words, so its link stays where it is. It never removes a published address.
 */
import { loadSiteContent } from '../src/lib/content/site.ts';
import { chapterAnchors } from '../src/lib/permalinks/anchors.ts';
import { mergeRegistry, readRegistry, writeRegistry, REGISTRY_FILE } from '../src/lib/permalinks/registry.ts';
import { printFindings } from './lib/report.ts';

const root = process.cwd();
const isPermalinkRule = (rule: string): boolean => /^(permalink-|page-removed|move-)/.test(rule);
let content = loadSiteContent(root);
const registry = readRegistry(root);
if (!registry) {
  console.log(`${REGISTRY_FILE} does not exist yet: the next successful npm run build writes it.`);
  process.exit(0);
}
// A chapter with another error (an unknown component, a bad attribute) is not read as it will be
// published, so its anchors can be neither checked nor recorded: those errors come first.
const otherErrors = content.findings.filter((f) => f.severity === 'error' && !isPermalinkRule(f.rule));
if (otherErrors.length > 0) {
  printFindings(otherErrors);
  const n = otherErrors.length;
  console.error(`\n${n} content error${n === 1 ? '' : 's'} (above) must be fixed first: a chapter with errors is not read as it will be published, so its links can be neither checked nor recorded.${process.argv.includes('--accept') ? ` Nothing was recorded in ${REGISTRY_FILE}.` : ''}`);
  process.exit(1);
}
if (process.argv.includes('--accept')) {
  const changed = content.findings.filter((f) => f.rule === 'permalink-changed').length;
  if (writeRegistry(root, mergeRegistry(registry, [], chapterAnchors(content), true))) {
    console.log(`Recorded the new words of ${changed} rewritten anchor${changed === 1 ? '' : 's'} in ${REGISTRY_FILE}: commit it with your change.`);
  }
  content = loadSiteContent(root);
}
const { errors } = printFindings(content.findings.filter((f) => isPermalinkRule(f.rule)));
console.log(errors === 0 ? 'Every published anchor still lands on its words.' : `${errors} published link${errors === 1 ? '' : 's'} would break.`);
process.exit(errors === 0 ? 0 : 1);
