/** Theme colours as CSS, generated from src/content/themes.yaml (one source for every colour). */
import type { APIRoute } from 'astro';
import { currentSite } from '../lib/current-site.ts';

export const GET: APIRoute = () => {
  const themes = currentSite().themes;
  const css = `${themes.map((t) => `.theme-${t.id}{--theme:light-dark(${t.colour},${t.colourDark})}`).join('\n')}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
