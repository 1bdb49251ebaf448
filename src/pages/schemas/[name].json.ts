/** The JSON Schema of each corpus download, versioned: /schemas/<name>.v<version>.json (src/lib/corpus/schemas.ts). */
import { currentPageKeys } from '../../lib/current-site.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { CORPUS_SCHEMAS, publishedSchema, schemaPath, type CorpusSchemaName } from '../../lib/corpus/schemas.ts';
import { addressing } from '../../lib/corpus/numbered-items.ts';

export const getStaticPaths: GetStaticPaths = () =>
  (Object.keys(CORPUS_SCHEMAS) as CorpusSchemaName[]).map((name) => ({ params: { name: schemaPath(name).slice('/schemas/'.length, -'.json'.length) }, props: { name }, cacheKey: currentPageKeys().site() }));

export const GET: APIRoute = ({ props, site }) => {
  const { name } = props as { name: CorpusSchemaName };
  const at = addressing(site!, import.meta.env.BASE_URL);
  return new Response(`${JSON.stringify(publishedSchema(name, at.absolute), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
