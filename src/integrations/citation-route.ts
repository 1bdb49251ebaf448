/** The citation files as routes, for `astro dev` only (a build writes them as files: citation-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent } from '../lib/site-data.ts';
import { citationFiles, type CitationFile } from '../lib/citation-files.ts';

export function citationRoute(extension: 'bib' | 'ris'): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: () =>
      citationFiles(getSiteContent(), import.meta.env.SITE ?? 'http://localhost:4321', import.meta.env.BASE_URL)
        .filter((file) => file.path.endsWith(`.${extension}`))
        .map((file) => ({ params: { path: file.path.slice(0, -extension.length - 1) }, props: { file } })),
    GET: ({ props }) => {
      const { file } = props as { file: CitationFile };
      return new Response(file.body, { headers: { 'Content-Type': file.contentType } });
    },
  };
}
