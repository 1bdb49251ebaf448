/** Theme colours as CSS, generated from src/content/themes.yaml (one source for every colour). */
import type { APIRoute } from 'astro';
import { getSiteContent } from '../lib/site-data.ts';

export const GET: APIRoute = () => {
  const themes = getSiteContent().themes;
  const light = themes.map((t) => `.theme-${t.id}{--theme:${t.colour}}`).join('\n');
  const dark = themes.map((t) => `.theme-${t.id}{--theme:${t.colourDark}}`).join('\n');
  const css = `${light}\n@media (prefers-color-scheme: dark){\n${dark}\n}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
