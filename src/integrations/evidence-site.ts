/**
 * The engine as an Astro integration: `astro build`, `astro dev` and `astro preview` are the whole
 * story, and the site's astro.config.mjs names nothing but this. It
 * - reads the content from the content root (the project's own folder, or the folder named by the
 *   `contentRoot` option or the CONTENT_ROOT variable: another site built by the same engine);
 * - sets Astro up as the engine needs it (Markdown pipeline with the anchor plugins, CSP, MDX,
 *   sitemap, the citation files, content reloading on `astro dev`);
 * - on `astro build`, checks every content file before anything renders and stops with the list
 *   of problems; builds into a work folder; then writes the PDFs, share and chart images, the
 *   search index and the host's files (_headers, .htaccess, the nginx includes), checks every
 *   published address, writes the .gz and .br copies, and only when all of that
 *   succeeded puts the new site in dist/. A failed build leaves the last good dist/ as it was.
 */
import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { annotateHast, changesInCheckedContent } from '../plugins/satteri-annotate.ts';
import { linksHast } from '../plugins/satteri-links.ts';
import { typographyHast } from '../plugins/satteri-typography.ts';
import { CONTENT_ROOT_VARIABLE, setContentRoot } from '../lib/current-site.ts';
import { loadMoves } from '../lib/load/moves.ts';
import { isBuildOnlyPage, isEmbedPage } from '../lib/addresses.ts';
import { INLINE_SCRIPT_HASHES } from '../lib/inline-scripts.ts';
import citationFiles from './citation-files.ts';
import contentReload from './content-reload.ts';
import { finishBuild, startBuild, type BuildRun } from './build/build-run.ts';
import { ASTRO_CACHE_DIR, chaptersAsContent, engineDigest } from './build/incremental.ts';

export interface EvidenceSiteOptions {
  /**
   * The folder holding the site's content (src/content/, data/, public/), from the project's root;
   * by default the CONTENT_ROOT environment variable, else the project itself. Its dist/ and .tmp/
   * are where the built site and the build's caches go.
   */
  contentRoot?: string;
}

/** The Content Security Policy of every page: Astro hashes its own scripts and styles; nothing loads from another origin. */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export default function evidenceSite(options: EvidenceSiteOptions = {}): AstroIntegration {
  let run: BuildRun | undefined;
  return {
    name: 'evidence-site',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        const projectRoot = fileURLToPath(config.root);
        const root = resolve(projectRoot, options.contentRoot ?? process.env[CONTENT_ROOT_VARIABLE] ?? '.');
        setContentRoot(root);
        const separate = relative(projectRoot, root) !== '';
        const base = config.base;
        // Old addresses of moved pages only send readers on: not in the sitemap.
        const moved = new Set([...loadMoves(root, []).pages.keys()]);
        const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
        // A rebuild renders only the pages an edit reaches (src/lib/page-keys.ts); BUILD_CACHE=0 renders all.
        const incremental = command === 'build' && process.env['BUILD_CACHE'] !== '0';
        updateConfig({
          // Astro's caches (the incremental build's record of each page, with its file) are the content root's own.
          cacheDir: pathToFileURL(`${join(root, ASTRO_CACHE_DIR)}/`),
          experimental: { incrementalBuild: incremental },
          trailingSlash: 'always',
          build: {
            format: 'directory',
            // Render a few pages at once, so one page's file is written while the next renders
            // (about a quarter off the pages step at ×50 the corpus; the HTML is the same).
            concurrency: 4,
          },
          // Another site's content root has its own public files and its own dist/.
          ...(separate ? { publicDir: pathToFileURL(join(root, 'public/')), outDir: pathToFileURL(join(root, 'dist/')) } : {}),
          markdown: {
            // The publications contain no code: no syntax highlighter (Shiki's inline styles would break the CSP).
            syntaxHighlight: false,
            // Sätteri, Astro's native (Rust) Markdown and MDX pipeline, with our plugins in its own API.
            processor: satteri({
              // The sources' own punctuation is kept exactly: no smart quotes added.
              features: { smartPunctuation: false },
              hastPlugins: [linksHast({ base }), typographyHast(), annotateHast(undefined, changesInCheckedContent(base))],
            }),
          },
          devToolbar: { enabled: false },
          vite: {
            resolve: { alias: { '@content-root': root } },
            plugins: [chaptersAsContent(join(root, 'src/content/chapters'))],
            // .tmp/ holds the build's work folders and the site it last replaced: nothing the dev server serves.
            server: { watch: { ignored: ['**/.tmp/**', '**/dist/**'] }, fs: { allow: [projectRoot, root] } },
            build: {
              rolldownOptions: {
                // Astro's own compiled MDX carries a directive the bundler warns about, once per chapter
                // (withastro/astro#18087, harmless). Hidden so editors see only warnings that mean something.
                onwarn(warning: { code?: string; message: string }, warn: (warning: { code?: string; message: string }) => void) {
                  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
                  warn(warning);
                },
              },
            },
          },
          // The scripts written inline in the page (the theme script at the top of <head>) are hashed
          // here: Astro hashes only the scripts it bundles.
          security: { csp: { algorithm: 'SHA-256', directives: [...CSP_DIRECTIVES], scriptDirective: { hashes: [...INLINE_SCRIPT_HASHES] } } },
          integrations: [
            mdx(),
            citationFiles(),
            contentReload(root),
            // Embed pages are for other sites' iframes, not for search engines; the pages that only
            // feed the PDFs and share images are removed after the build.
            sitemap({
              filter: (page) => {
                const path = new URL(page).pathname.slice(prefix.length);
                return !isEmbedPage(path) && !isBuildOnlyPage(path) && !moved.has(path);
              },
            }),
            // Last, so it runs after every other integration's build step.
            {
              name: 'evidence-site:finish',
              hooks: {
                'astro:build:done': async ({ dir, logger }: { dir: URL; logger: AstroIntegrationLogger }) => {
                  if (run) await finishBuild(run, fileURLToPath(dir), logger);
                },
              },
            },
          ],
        });
        if (command === 'build') {
          // Astro's log, with one line per page written only when asked for (VERBOSE=1), and its
          // errors kept for the one plain message a failed build ends with (build/failure.ts).
          updateConfig({ logger: { entrypoint: fileURLToPath(new URL('./build/log-destination.mjs', import.meta.url)), config: { verbose: process.env['VERBOSE'] === '1' } } });
          run = await startBuild({ root, base, site: config.site ?? 'http://localhost:4321', engine: engineDigest(projectRoot) });
          // Astro builds into a work folder; dist/ is replaced only when every step succeeded.
          mkdirSync(run.next, { recursive: true });
          updateConfig({ outDir: pathToFileURL(`${run.next}/`) });
        }
      },
    },
  };
}

