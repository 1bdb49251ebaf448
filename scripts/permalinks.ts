/**
 * npm run permalinks: check that no published anchor of a chapter, and no published page or file
 * the content makes, would break (the build does this too, and checks the built pages again).
 * npm run permalinks -- --accept: you rewrote a published paragraph or heading on purpose: record
 * its new words, so its link stays where it is. It never removes a published address, never
 * records a paragraph whose number moved (one above it deleted or added), and writes nothing
 * unless every published link then lands on its words.
 */
import { loadAndCheckSite } from '../src/lib/check/check-site.ts';
import { contentRoot } from '../src/lib/current-site.ts';
import { chapterAnchors, chapterNumbers } from '../src/lib/permalinks/anchors.ts';
import { mergeRegistry, readRegistry, writeRegistry, REGISTRY_FILE } from '../src/lib/permalinks/registry.ts';
import { checkPublished } from '../src/lib/permalinks/published.ts';
import { printFindings } from '../src/integrations/build/report.ts';

const root = contentRoot();
const isPermalinkRule = (rule: string): boolean => /^(permalink-|page-removed|move-)/.test(rule);
const content = loadAndCheckSite(root);
const registry = readRegistry(root);
if (!registry) {
  console.log(`${REGISTRY_FILE} does not exist yet: the next successful npm run build writes it.`);
  process.exit(0);
}
// A chapter with another error (an unknown component, a bad attribute) is not read as it will be
// published, so its anchors can be neither checked nor recorded: those errors come first.
const otherErrors = content.findings.filter((f) => f.severity === 'error' && !isPermalinkRule(f.rule));
if (otherErrors.length > 0) {
  printFindings(otherErrors, root);
  const n = otherErrors.length;
  console.error(`\n${n} content error${n === 1 ? '' : 's'} (above) must be fixed first: a chapter with errors is not read as it will be published, so its links can be neither checked nor recorded.${process.argv.includes('--accept') ? ` Nothing was recorded in ${REGISTRY_FILE}.` : ''}`);
  process.exit(1);
}
if (process.argv.includes('--accept')) {
  // What would be recorded, checked before anything is written: a paragraph deleted or added
  // without its marker moves every number after it, and is never recorded as a rewrite.
  const candidate = mergeRegistry(registry, [], chapterAnchors(content), true, chapterNumbers(content));
  const remaining = checkPublished(candidate, content, root);
  const { errors } = printFindings(remaining, root);
  if (errors > 0) {
    console.error(`\nNothing was recorded in ${REGISTRY_FILE}: published links would still break. --accept records only paragraphs rewritten in place; do what ${errors === 1 ? 'the error above says' : `the ${errors} errors above say`}, then run it again.`);
    process.exit(1);
  }
  const changed = Object.entries(candidate.fragments).reduce((n, [page, ids]) =>
    n + Object.entries(ids).filter(([id, words]) => registry.fragments[page]?.[id] !== undefined && registry.fragments[page]![id] !== words).length, 0);
  const renumbered = Object.entries(candidate.chapters ?? {}).filter(([page, n]) => registry.chapters?.[page] !== undefined && registry.chapters[page] !== n).length;
  if (writeRegistry(root, candidate)) {
    console.log(`Recorded the new words of ${changed} rewritten anchor${changed === 1 ? '' : 's'}${renumbered > 0 ? ` and the new numbers of ${renumbered} renumbered chapter${renumbered === 1 ? '' : 's'}` : ''} in ${REGISTRY_FILE}: commit it with your change.`);
  }
  console.log('Every published anchor still lands on its words.');
  process.exit(0);
}
const { errors } = printFindings(content.findings.filter((f) => isPermalinkRule(f.rule)), root);
console.log(errors === 0 ? 'Every published anchor still lands on its words.' : `${errors} published link${errors === 1 ? '' : 's'} would break.`);
process.exit(errors === 0 ? 0 : 1);
