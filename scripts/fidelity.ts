/**
 * npm run fidelity: after a build, check that every line of each source document is on the site,
 * in order (see tests/fidelity/README.md). Exits 1 and lists the lines when one is not.
 */
import { join } from 'node:path';
import { loadSite } from '../src/lib/load/load-site.ts';
import { contentRoot } from '../src/lib/current-site.ts';
import { checkSiteFidelity } from './lib/fidelity-run.ts';
import { textOfBuiltPage } from './lib/site-text.ts';

const root = contentRoot();
const dist = join(root, 'dist');
const results = checkSiteFidelity(root, loadSite(root), (path, tag) => textOfBuiltPage(dist, path, tag));
let problems = 0;
for (const { publication, report } of results) {
  const count = report.missing.length + report.outOfOrder.length + report.staleAllowances.length;
  problems += count;
  console.log(`${publication}: ${report.checkedLines} source lines checked, ${count} problem${count === 1 ? '' : 's'}`);
  for (const line of report.missing) console.log(`  missing       ${line}`);
  for (const line of report.outOfOrder) console.log(`  out of order  ${line}`);
  for (const line of report.staleAllowances) console.log(`  stale allowance (remove it from tests/fidelity/${publication}.json)  ${line}`);
}
process.exit(problems > 0 ? 1 : 0);
