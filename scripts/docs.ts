/**
 * npm run docs: write the generated parts of EDITING.md (the rules the check applies, the
 * components editors may write) from the code. A unit test fails when EDITING.md is not up to date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withGeneratedSections } from '../src/lib/docs.ts';

const file = join(process.cwd(), 'EDITING.md');
const before = readFileSync(file, 'utf8');
const after = withGeneratedSections(before);
if (after === before) console.log('EDITING.md is up to date.');
else {
  writeFileSync(file, after);
  console.log('EDITING.md: the rules and components were written from the code.');
}
