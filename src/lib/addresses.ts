/**
 * The URL scheme, in one place: every address the site publishes is a route here, built by
 * `paths` and recognised by `matchAddress`. Every page path ends with "/" and is root-relative
 * before the base path is added. These addresses are promised to the press: change them only
 * with a redirect (src/content/moves.yaml).
 */
import { CITATION_FORMATS } from './citations/formats.ts';

/** Who makes a published address: what must change in the content for it to go. */
export type AddressOwner = 'site' | 'publication' | 'chapter' | 'theme' | 'dataset' | 'numbered-items' | 'speaker' | 'build';

interface Route<P extends string> {
  /** The route's name, e.g. "dataset". */
  name: string;
  pattern: string;
  owner: AddressOwner;
  build(params: Record<P, string | number>): string;
  match(path: string): Record<P, string> | undefined;
}

/** The first path segments the site's own pages use: no publication may take one as its id. */
export const RESERVED_SEGMENTS = ['themes', 'recommendations', 'quotes', 'data', 'press', 'search', 'corrections', 'accessibility', 'citations', 'og', 'pagefind', '_astro', 'feed.xml', 'robots.txt', 'sitemap-index.xml', 'og-card', 'chart-images', 'themes.css', '404.html', 'llms.txt', 'llms-full.txt', 'schemas'];

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A route from a pattern such as "/data/[id].[format]": each [name] is one path segment's worth of
 * characters (no "/"), [...name] may hold "/"; `values` limits a parameter to a list.
 */
function route<P extends string>(name: string, pattern: string, owner: AddressOwner, values: Partial<Record<P, readonly string[]>> = {}): Route<P> {
  const names: P[] = [];
  let source = '';
  let rest = pattern;
  for (let m = /\[(\.\.\.)?([a-z]+)\]/i.exec(rest); m; m = /\[(\.\.\.)?([a-z]+)\]/i.exec(rest)) {
    source += escapeRegExp(rest.slice(0, m.index));
    const param = m[2] as P;
    names.push(param);
    const allowed = values[param];
    source += allowed ? `(${allowed.map(escapeRegExp).join('|')})` : m[1] ? '(.+?)' : '([^/]+?)';
    rest = rest.slice(m.index + m[0].length);
  }
  source += escapeRegExp(rest);
  const regex = new RegExp(`^${source}$`);
  return {
    name,
    pattern,
    owner,
    build(params) {
      return pattern.replace(/\[(?:\.\.\.)?([a-z]+)\]/gi, (_, key: string) => String(params[key as P]));
    },
    match(path) {
      const m = regex.exec(path);
      if (!m) return undefined;
      const out = {} as Record<P, string>;
      names.forEach((n, i) => { out[n] = m[i + 1]!; });
      // Two same-named parameters must agree (/[publication]/[publication].pdf).
      const again = pattern.match(/\[(?:\.\.\.)?([a-z]+)\]/gi) ?? [];
      for (let i = 0; i < again.length; i++) {
        const key = again[i]!.replace(/[[\].]/g, '') as P;
        if (m[i + 1] !== out[key]) return undefined;
      }
      if ('publication' in out && RESERVED_SEGMENTS.includes(out['publication' as P])) return undefined;
      return out;
    },
  };
}

const DATASET_FORMATS = ['csv', 'json', 'png'] as const;
const CITATION_EXTENSIONS = CITATION_FORMATS.map((f) => f.extension);

/** Every route, most specific first (the order matchAddress tries them in). */
export const ROUTES = {
  home: route<never>('home', '/', 'site'),
  themes: route<never>('themes', '/themes/', 'site'),
  theme: route<'theme'>('theme', '/themes/[theme]/', 'theme'),
  recommendations: route<never>('recommendations', '/recommendations/', 'site'),
  recommendationsByTheme: route<'theme'>('recommendationsByTheme', '/recommendations/themes/[theme]/', 'theme'),
  recommendationsByPublication: route<'publication'>('recommendationsByPublication', '/recommendations/publications/[publication]/', 'publication'),
  recommendationsByStatus: route<'status'>('recommendationsByStatus', '/recommendations/status/[status]/', 'site'),
  recommendation: route<'code' | 'n'>('recommendation', '/recommendations/[code]-[n]/', 'numbered-items'),
  quotes: route<never>('quotes', '/quotes/', 'site'),
  quotesByTheme: route<'theme'>('quotesByTheme', '/quotes/themes/[theme]/', 'theme'),
  quotesByRole: route<'role'>('quotesByRole', '/quotes/roles/[role]/', 'speaker'),
  press: route<never>('press', '/press/', 'site'),
  search: route<never>('search', '/search/', 'site'),
  corrections: route<never>('corrections', '/corrections/', 'site'),
  accessibility: route<never>('accessibility', '/accessibility/', 'site'),
  data: route<never>('data', '/data/', 'site'),
  datasetEmbed: route<'id'>('datasetEmbed', '/data/[id]/embed/', 'dataset'),
  dataset: route<'id'>('dataset', '/data/[id]/', 'dataset'),
  datasetFile: route<'id' | 'format'>('datasetFile', '/data/[id].[format]', 'dataset', { format: DATASET_FORMATS }),
  publicationCitation: route<'publication' | 'format'>('publicationCitation', '/citations/publications/[publication].[format]', 'publication', { format: CITATION_EXTENSIONS }),
  chapterCitation: route<'publication' | 'chapter' | 'format'>('chapterCitation', '/citations/chapters/[publication]/[chapter].[format]', 'chapter', { format: CITATION_EXTENSIONS }),
  recommendationCitation: route<'code' | 'n' | 'format'>('recommendationCitation', '/citations/recommendations/[code]-[n].[format]', 'numbered-items', { format: CITATION_EXTENSIONS }),
  datasetCitation: route<'id' | 'format'>('datasetCitation', '/citations/data/[id].[format]', 'dataset', { format: CITATION_EXTENSIONS }),
  feed: route<never>('feed', '/feed.xml', 'site'),
  numberedItemsFile: route<'format'>('numberedItemsFile', '/recommendations.[format]', 'site', { format: ['csv', 'json'] }),
  quotesFile: route<'format'>('quotesFile', '/quotes.[format]', 'site', { format: ['csv', 'json'] }),
  llms: route<never>('llms', '/llms.txt', 'site'),
  llmsFull: route<never>('llmsFull', '/llms-full.txt', 'site'),
  corpusSchema: route<'name'>('corpusSchema', '/schemas/[name].json', 'site'),
  publicationText: route<'publication'>('publicationText', '/[publication]/[publication].json', 'publication'),
  /** A publication's history of published changes. */
  publicationHistory: route<'publication'>('publicationHistory', '/[publication]/history/', 'publication'),
  publicationPdf: route<'publication'>('publicationPdf', '/[publication]/[publication].pdf', 'publication'),
  /** The page that prints a publication to PDF: made at build, removed once the PDF is. */
  publicationPrint: route<'publication'>('publicationPrint', '/[publication]/print/', 'build'),
  /** The template of the share images: made at build, removed once they are. */
  shareCard: route<never>('shareCard', '/og-card/', 'build'),
  /** The page that draws each chart's images (chartImagePath): made at build, removed once they are. */
  chartImages: route<never>('chartImages', '/chart-images/', 'build'),
  publication: route<'publication'>('publication', '/[publication]/', 'publication'),
  chapter: route<'publication' | 'chapter'>('chapter', '/[publication]/[chapter]/', 'chapter'),
} as const;

export type RouteName = keyof typeof ROUTES;

/** The route an address (a path below the base) belongs to, and its parameters. */
export function matchAddress(path: string): { route: RouteName; owner: AddressOwner; params: Record<string, string> } | undefined {
  for (const [name, r] of Object.entries(ROUTES) as [RouteName, Route<string>][]) {
    const params = r.match(path);
    if (params) return { route: name, owner: r.owner, params };
  }
  return undefined;
}

/** Whether a path is a page that exists only to make other files (the PDFs, the share images). */
export function isBuildOnlyPage(path: string): boolean {
  return matchAddress(path)?.owner === 'build';
}

/** Whether a path is a chart's embed page: the only pages other sites may frame. */
export function isEmbedPage(path: string): boolean {
  return ROUTES.datasetEmbed.match(path) !== undefined;
}

export function withBase(path: string, base: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** A page's address below the base, as segments: "/evidence/2024-report/housing/" → ["2024-report", "housing"]. */
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

/** An image of a chart the build draws: in each layout, or the small one for lists of charts. */
export type ChartImage = 'wide' | 'narrow' | 'thumbnail';

/**
 * Where the build writes an image of a dataset's chart, in a theme: "/data/<id>/chart-wide-light.png".
 * These are the figure's first paint and the lists' thumbnails, not addresses promised to anyone
 * (as share images are not): the URL scheme does not match them, so the register does not keep them.
 */
export function chartImagePath(id: string, image: ChartImage, theme: 'light' | 'dark'): string {
  return `${ROUTES.dataset.build({ id })}chart-${image}-${theme}.png`;
}

/** The PDF of a publication, e.g. /annual-report/annual-report.pdf */
export function pdfPath(publication: string): string {
  return ROUTES.publicationPdf.build({ publication });
}

export const paths = {
  home: (): string => ROUTES.home.build({}),
  publication: (publication: string): string => ROUTES.publication.build({ publication }),
  chapter: (publication: string, chapter: string): string => ROUTES.chapter.build({ publication, chapter }),
  fragment: (publication: string, chapter: string, anchor: string): string => `${ROUTES.chapter.build({ publication, chapter })}#${anchor}`,
  print: (publication: string): string => ROUTES.publicationPrint.build({ publication }),
  themes: (): string => ROUTES.themes.build({}),
  theme: (theme: string): string => ROUTES.theme.build({ theme }),
  recommendations: (): string => ROUTES.recommendations.build({}),
  recommendationsByTheme: (theme: string): string => ROUTES.recommendationsByTheme.build({ theme }),
  recommendationsByPublication: (publication: string): string => ROUTES.recommendationsByPublication.build({ publication }),
  recommendationsByStatus: (status: string): string => ROUTES.recommendationsByStatus.build({ status }),
  /** A numbered item's permalink: the publication's short code and the number, e.g. /recommendations/2021-4/. */
  recommendation: (code: string, n: number): string => ROUTES.recommendation.build({ code, n }),
  quotes: (): string => ROUTES.quotes.build({}),
  quotesByTheme: (theme: string): string => ROUTES.quotesByTheme.build({ theme }),
  quotesByRole: (role: string): string => ROUTES.quotesByRole.build({ role }),
  press: (): string => ROUTES.press.build({}),
  search: (): string => ROUTES.search.build({}),
  corrections: (): string => ROUTES.corrections.build({}),
  accessibility: (): string => ROUTES.accessibility.build({}),
  data: (): string => ROUTES.data.build({}),
  dataset: (id: string): string => ROUTES.dataset.build({ id }),
  datasetEmbed: (id: string): string => ROUTES.datasetEmbed.build({ id }),
  datasetFile: (id: string, format: (typeof DATASET_FORMATS)[number]): string => ROUTES.datasetFile.build({ id, format }),
  feed: (): string => ROUTES.feed.build({}),
  history: (publication: string): string => ROUTES.publicationHistory.build({ publication }),
  shareCard: (): string => ROUTES.shareCard.build({}),
  chartImages: (): string => ROUTES.chartImages.build({}),
};
