/**
 * The components chapters may use without importing them: one Astro file here for each component
 * the kinds registry declares (src/lib/kinds/), found by its name. A component declared without
 * its file, or a file here that no kind declares, stops the build with a message saying which.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { COMPONENT_NAMES } from '../../lib/kinds/index.ts';

const files = import.meta.glob<{ default: AstroComponentFactory }>('./*.astro', { eager: true });
const nameOf = (file: string): string => file.slice(2, -'.astro'.length);

for (const file of Object.keys(files)) {
  if (!COMPONENT_NAMES.includes(nameOf(file))) throw new Error(`src/components/author/${nameOf(file)}.astro is a component no kind declares: add it to its kind's module in src/lib/kinds/, or move it out of src/components/author/`);
}

export const authorComponents: Record<string, AstroComponentFactory> = Object.fromEntries(COMPONENT_NAMES.map((name) => {
  const file = files[`./${name}.astro`];
  if (!file) throw new Error(`The kinds registry declares the component <${name}>, but src/components/author/${name}.astro is missing`);
  return [name, file.default];
}));
