// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { annotateHast } from './src/plugins/satteri-annotate.ts';
import { linksHast } from './src/plugins/satteri-links.ts';
import { loadMoves } from './src/lib/permalinks/moves.ts';
import citationFiles from './src/integrations/citation-files.ts';
import contentReload from './src/integrations/content-reload.ts';

// Where the site is served. SITE_URL is the origin (used for canonical links and citations);
// BASE_PATH the sub-path, e.g. "/evidence/" when the site lives at https://example.org/evidence/.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
// Old addresses of moved pages (src/content/moves.yaml) only send readers on: not in the sitemap.
const moved = new Set([...loadMoves(process.cwd(), []).pages.keys()]);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Render a few pages at once, so one page's file is written while the next renders
    // (about a quarter off the pages step at ×50 the corpus; the HTML is the same).
    concurrency: 4,
  },
  integrations: [
    mdx(),
    citationFiles(),
    contentReload(),
    // Embed pages are for other sites' iframes, not for search engines.
    // Print pages only feed the PDFs and are removed after the build.
    sitemap({ filter: (page) => !/\/(embed|print|og-card)\/$/.test(page) && !moved.has(new URL(page).pathname.slice(base.length - 1)) }),
  ],
  markdown: {
    // The publications contain no code: no syntax highlighter (Shiki's inline styles would break the CSP).
    syntaxHighlight: false,
    // Sätteri, Astro's native (Rust) Markdown and MDX pipeline, with our plugins in its own API.
    processor: satteri({
      // The sources' own punctuation is kept exactly: no smart quotes added.
      features: { smartPunctuation: false },
      hastPlugins: [linksHast({ base }), annotateHast()],
    }),
  },
  devToolbar: { enabled: false },
  vite: {
    // .tmp/ holds the build's work folders and the site it last replaced: nothing the dev server serves.
    server: { watch: { ignored: ['**/.tmp/**'] } },
    build: {
      rolldownOptions: {
        // Astro's own compiled MDX carries a directive the bundler warns about, once per chapter
        // (withastro/astro#18087, harmless). Hidden so editors see only warnings that mean something.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Content Security Policy on every page: Astro hashes its own scripts and styles, so no
  // 'unsafe-inline' is needed; nothing may load from another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
