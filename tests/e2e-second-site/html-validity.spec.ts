/** Valid HTML on every page of the second site, by the W3C Nu checker (the one validator.w3.org runs). */
import { join } from 'node:path';
import { everyPageIsValidHtml } from '../e2e/valid-html.ts';

everyPageIsValidHtml(join(process.cwd(), 'tests', 'fixtures', 'riverside', 'dist'));
