/** EDITING.md cannot drift from the code: its rules and components are the ones the checker uses. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { withGeneratedSections } from '../../src/lib/docs.ts';
import { RULES } from '../../src/lib/rules.ts';
import { COMPONENT_NAMES } from '../../src/lib/kinds/index.ts';
import { CHART_TYPES } from '../../src/lib/data/chart-layout.ts';

const editing = readFileSync('EDITING.md', 'utf8');

describe('EDITING.md', () => {
  it('is up to date with the rules table and the components (run npm run docs when this fails)', () => {
    expect(withGeneratedSections(editing)).toBe(editing);
  });

  it('explains every rule the checker can report, once, and no rule it cannot', () => {
    const section = editing.slice(editing.indexOf('<!-- generated:rules'), editing.indexOf('<!-- /generated:rules'));
    const documented = [...section.matchAll(/^\| `([a-z-]+)`/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(RULES).sort());
  });

  it('lists every component an editor may write', () => {
    for (const name of COMPONENT_NAMES) expect(editing).toContain(`| \`<${name}`);
  });

  it('lists every chart type a dataset may ask for', () => {
    for (const type of CHART_TYPES) expect(editing).toContain(`| \`"${type}"\` |`);
  });

  it('fails when a rule is added to the code but not to the guide', () => {
    const stale = editing.replace(/^\| `low-contrast`.*\n/m, '');
    expect(withGeneratedSections(stale)).not.toBe(stale);
  });
});
