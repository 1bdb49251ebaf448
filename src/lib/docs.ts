/**
 * The parts of EDITING.md that are generated from the code, so the guide cannot drift from what
 * the checker does: the table of rules (src/lib/rules.ts), the list of components editors may
 * write (src/lib/kinds/) and the chart types a dataset may ask for (src/lib/data/chart-layout.ts). `npm run docs` writes them; a unit test fails when they differ.
 */
import { rulesTable } from './rules.ts';
import { COMPONENTS } from './kinds/index.ts';
import { CHART_TYPES, CHART_TYPE_USES } from './data/chart-layout.ts';

/** The components editors may write, as EDITING.md lists them. */
export function componentsTable(): string {
  const rows = [...COMPONENTS.values()].map((c) => `| \`${c.example.replace(/\|/g, '\\|')}\` | ${c.use} |`);
  return ['| component | use |', '|---|---|', ...rows].join('\n');
}

/** The chart types a dataset may ask for (the ones the charts draw), as EDITING.md lists them. */
export function chartTypesTable(): string {
  return ['| `"chart": { "type": … }` | draws |', '|---|---|', ...CHART_TYPES.map((t) => `| \`"${t}"\` | ${CHART_TYPE_USES[t]} |`)].join('\n');
}

/** Each generated section of EDITING.md, by the name its markers carry. */
export const GENERATED_SECTIONS: Record<string, () => string> = {
  rules: rulesTable,
  components: componentsTable,
  'chart-types': chartTypesTable,
};

const markers = (name: string): [string, string] => [`<!-- generated:${name} (npm run docs) -->`, `<!-- /generated:${name} -->`];

/** The document with every generated section written afresh; throws if a section's markers are missing. */
export function withGeneratedSections(document: string): string {
  let out = document;
  for (const [name, make] of Object.entries(GENERATED_SECTIONS)) {
    const [start, end] = markers(name);
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from === -1 || to === -1 || to < from) throw new Error(`EDITING.md has no section marked ${start} … ${end}`);
    out = `${out.slice(0, from + start.length)}\n${make()}\n${out.slice(to)}`;
  }
  return out;
}
