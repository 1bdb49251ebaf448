/**
 * The URL scheme, in one place. Every path ends with "/" and is root-relative before the base
 * path is added. These URLs are promised to the press: change them only with a redirect.
 */
export function withBase(path: string, base: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

export const paths = {
  home: (): string => '/',
  publication: (publication: string): string => `/${publication}/`,
  chapter: (publication: string, chapter: string): string => `/${publication}/${chapter}/`,
  fragment: (publication: string, chapter: string, anchor: string): string => `/${publication}/${chapter}/#${anchor}`,
  themes: (): string => '/themes/',
  theme: (theme: string): string => `/themes/${theme}/`,
  data: (): string => '/data/',
  dataset: (id: string): string => `/data/${id}/`,
  datasetEmbed: (id: string): string => `/data/${id}/embed/`,
  datasetFile: (id: string, format: 'csv' | 'json'): string => `/data/${id}.${format}`,
};
