/**
 * Where the built site says it lives. Every absolute link it writes (canonical links, citations,
 * the CSV's "Stated in" column, embed code, PDF covers, the feed and the sitemap) starts with
 * SITE_URL. A local build may go without it (`npm run build && npm run preview` just works, with
 * links to the local preview server, and a warning); a build that publishes may not:
 * - PUBLISH=1 (the build you deploy) needs SITE_URL, and not a local address;
 * - a build on CI (CI set, as GitHub Actions, Cloudflare Pages, Vercel and most build services set
 *   it) needs SITE_URL set; a CI build that is not for publishing (the test suite's) says so by
 *   setting it to the local address explicitly: SITE_URL=http://localhost:4321.
 */

/** The origin a build uses when SITE_URL is not set (astro.config.mjs and the PDFs use the same). */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

const EXAMPLE = 'SITE_URL=https://evidence.example.org npm run build (and BASE_PATH=/evidence/ if the site is not at the root of its domain)';

type Env = Readonly<Record<string, string | undefined>>;

/** Whether a variable is set to something that means yes: CI=true, CI=1, PUBLISH=1 (not "", "0" or "false"). */
function isOn(value: string | undefined): boolean {
  return value !== undefined && !['', '0', 'false', 'no'].includes(value.trim().toLowerCase());
}

/** Whether an origin is this machine: links to it work nowhere else. */
export function isLocalAddress(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || host === '0.0.0.0' || /^127\./.test(host);
}

export interface SiteUrlCheck {
  /** The build must not run: why, and what to set. */
  error?: string;
  /** The build runs, but says this first. */
  warning?: string;
}

export function checkSiteUrl(env: Env): SiteUrlCheck {
  const value = env['SITE_URL'];
  const publishing = isOn(env['PUBLISH']);
  const onCi = isOn(env['CI']);
  if (value !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol)) return { error: `SITE_URL is not a web address: "${value}". Set the origin the site is published at, for example ${EXAMPLE}.` };
    if (url.pathname !== '/' || url.search || url.hash) return { error: `SITE_URL is the origin only ("${url.origin}"): put the path in BASE_PATH, for example SITE_URL=${url.origin} BASE_PATH=${url.pathname.replace(/\/?$/, '/')}.` };
    if (publishing && isLocalAddress(url)) return { error: `PUBLISH=1, but SITE_URL is a local address (${value}): a published site would link to it. Set the address the site is published at, for example ${EXAMPLE}.` };
    return {};
  }
  if (publishing || onCi) {
    const why = publishing ? 'PUBLISH=1 is set' : 'this build runs on CI (CI is set)';
    return {
      error: `SITE_URL is not set, and ${why}: every canonical link, citation, CSV source column, embed code, PDF cover, feed and sitemap would say ${DEFAULT_SITE_URL}. ` +
        `Set the address the site is published at, for example ${EXAMPLE}.` +
        (publishing ? '' : ` A CI build that is not for publishing (tests) sets SITE_URL=${DEFAULT_SITE_URL} to say so.`),
    };
  }
  return {
    warning: `SITE_URL is not set: links in citations, share buttons, embed code and PDFs will say ${DEFAULT_SITE_URL}. ` +
      'Set SITE_URL=https://your-site.example (and BASE_PATH) when building the site you publish.',
  };
}
