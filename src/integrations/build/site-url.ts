/**
 * Where the built site says it lives. Without SITE_URL the build still works (tests and local
 * builds rely on that), but every absolute link it writes points at the local preview server.
 */

/** The origin a build uses when SITE_URL is not set (astro.config.mjs and the PDFs use the same). */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** The warning the build prints first when SITE_URL is not set; undefined when it is. */
export function siteUrlWarning(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env['SITE_URL'] !== undefined) return undefined;
  return `SITE_URL is not set: links in citations, share buttons, embed code and PDFs will say ${DEFAULT_SITE_URL}. ` +
    'Set SITE_URL=https://your-site.example (and BASE_PATH) when building the site you publish.';
}
