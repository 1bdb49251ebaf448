/**
 * The URL scheme, in one place. Every path ends with "/" and is root-relative before the base
 * path is added. These URLs are promised to the press: change them only with a redirect.
 */
export function withBase(path: string, base: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** A page's address below the base, as segments: "/evidence/2021-report/early-help/" → ["2021-report", "early-help"]. */
export function pathSegments(pathname: string, base: string): string[] {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return (pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname).split('/').filter(Boolean);
}

/** Whether a page is inside a publication (/<publication>/<page>/): a chapter, or its print page. */
export function isInPublication(pathname: string, base: string, publicationIds: readonly string[]): boolean {
  const [first, second] = pathSegments(pathname, base);
  return second !== undefined && first !== undefined && publicationIds.includes(first);
}

/** Where a page's share image is written: "/" → "/og/index.png", "/a/b/" → "/og/a/b.png". */
export function ogImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return `/og/${trimmed === '' ? 'index' : trimmed}.png`;
}

/** The PDF of a publication: /2021-regional-care-report/2021-regional-care-report.pdf */
export function pdfPath(publication: string): string {
  return `/${publication}/${publication}.pdf`;
}

export const paths = {
  home: (): string => '/',
  publication: (publication: string): string => `/${publication}/`,
  chapter: (publication: string, chapter: string): string => `/${publication}/${chapter}/`,
  fragment: (publication: string, chapter: string, anchor: string): string => `/${publication}/${chapter}/#${anchor}`,
  themes: (): string => '/themes/',
  theme: (theme: string): string => `/themes/${theme}/`,
  recommendations: (): string => '/recommendations/',
  recommendationsByTheme: (theme: string): string => `/recommendations/themes/${theme}/`,
  recommendationsByPublication: (publication: string): string => `/recommendations/publications/${publication}/`,
  /** A recommendation's permalink: the publication's short code and the number, e.g. /recommendations/2021-4/. */
  recommendation: (code: string, n: number): string => `/recommendations/${code}-${n}/`,
  quotes: (): string => '/quotes/',
  quotesByTheme: (theme: string): string => `/quotes/themes/${theme}/`,
  quotesByRole: (role: string): string => `/quotes/roles/${role}/`,
  press: (): string => '/press/',
  search: (): string => '/search/',
  corrections: (): string => '/corrections/',
  accessibility: (): string => '/accessibility/',
  data: (): string => '/data/',
  dataset: (id: string): string => `/data/${id}/`,
  datasetEmbed: (id: string): string => `/data/${id}/embed/`,
  datasetFile: (id: string, format: 'csv' | 'json' | 'png'): string => `/data/${id}.${format}`,
};
