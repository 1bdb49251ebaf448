/** The citation files as routes, for `astro dev` only (a build writes them as files: citation-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSite } from '../lib/current-site.ts';
import { citationFiles, type CitationFile } from '../lib/citations/files.ts';

/** One page per file without its extension; each format's route (one per extension) serves its own file. */
export const getStaticPaths: GetStaticPaths = () => {
  const byPath = new Map<string, CitationFile[]>();
  for (const file of citationFiles(currentSite(), import.meta.env.SITE ?? 'http://localhost:4321', import.meta.env.BASE_URL)) {
    const path = file.path.slice(0, file.path.lastIndexOf('.'));
    byPath.set(path, [...(byPath.get(path) ?? []), file]);
  }
  return [...byPath].map(([path, files]) => ({ params: { path }, props: { files } }));
};

export const GET: APIRoute = ({ props, url }) => {
  const { files } = props as { files: CitationFile[] };
  const extension = url.pathname.slice(url.pathname.lastIndexOf('.') + 1);
  const file = files.find((f) => f.path.endsWith(`.${extension}`));
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(file.body, { headers: { 'Content-Type': file.contentType } });
};
