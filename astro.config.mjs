// @ts-check
// The site's Astro configuration: the engine is one integration (src/integrations/evidence-site.ts),
// which reads the content, sets up the pages and does the whole build. Nothing here names the site.
import { defineConfig } from 'astro/config';
import evidenceSite from './src/integrations/evidence-site.ts';

export default defineConfig({
  // Where the site is served. SITE_URL is the origin (used for canonical links and citations);
  // BASE_PATH the sub-path, e.g. "/evidence/" when the site lives at https://example.org/evidence/.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  // CONTENT_ROOT (or contentRoot here) builds another site's content with this engine.
  integrations: [evidenceSite()],
});
