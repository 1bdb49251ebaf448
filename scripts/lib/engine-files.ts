/**
 * The line between engine and content, in one place. The engine's paths are the same for every
 * site: a new site gets a copy (npm run new -- site), and an engine update replaces them whole
 * (npm run engine -- update). Everything else in a site's folder is its own: src/content/, data/,
 * public/, README.md, EDITING.md, package.json (its name; the engine's dependencies are merged).
 */
export const ENGINE_CODE = [
  'src/lib', 'src/pages', 'src/components', 'src/client', 'src/plugins', 'src/integrations', 'src/schemas', 'src/styles',
  'scripts', 'astro.config.mjs',
] as const;

/** The engine's code and the files that build and check it. */
export const ENGINE_PATHS = [...ENGINE_CODE, 'tsconfig.json', '.dependency-cruiser.cjs', '.nvmrc', '.npmrc', 'package-lock.json'] as const;

/** The content's paths in a site's folder: never touched by an engine update. */
export const CONTENT_PATHS = ['src/content', 'data', 'public'] as const;
