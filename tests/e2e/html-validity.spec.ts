/** Valid HTML on every page of the site, by the W3C Nu checker (the one validator.w3.org runs). */
import { DIST } from './helpers.ts';
import { everyPageIsValidHtml } from './valid-html.ts';

everyPageIsValidHtml(DIST);
