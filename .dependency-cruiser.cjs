/**
 * The structure rules `npm run check:structure` holds the code to (dependency-cruiser): no import
 * circle anywhere in src/ or scripts/, and the engine's pure logic (src/lib) never reaching into
 * the integrations, pages, components or browser code.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other in a circle cannot be understood, tested or loaded one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-stays-pure',
      severity: 'error',
      comment: 'src/lib is the engine’s pure logic: it never imports the integrations, pages, components or browser code.',
      from: { path: '^src/lib/' },
      to: { path: '^src/(integrations|pages|components|client|plugins)/' },
    },
    {
      name: 'client-stays-in-the-browser',
      severity: 'error',
      comment: 'Browser code (src/client) may use pure helpers, but never Node-side code.',
      from: { path: '^src/client/' },
      to: { path: '^src/(integrations|pages|plugins|schemas)/|^src/lib/(load|check|permalinks|history|corpus)/|^node:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    extraExtensionsToScan: ['.astro'],
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.astro'] },
  },
};
