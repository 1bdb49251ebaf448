/** /citations/…/<id>.bib on `astro dev`. */
import { citationRoute } from './citation-route.ts';

export const { getStaticPaths, GET } = citationRoute('bib');
