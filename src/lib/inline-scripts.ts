/**
 * The scripts a page runs inline, as written in the page rather than bundled by Astro, and their
 * hashes for the Content Security Policy's script-src. Astro hashes the scripts it bundles itself;
 * these it cannot see, so the integration hands their hashes to Astro's CSP (scriptDirective.hashes).
 * Every page's policy, the <meta> one and the header one alike, then allows exactly these texts.
 */
import { createHash } from 'node:crypto';

/**
 * The reader's chosen theme (light or dark), applied before the page is drawn so it never
 * flashes the other one. It stands at the top of <head>, before the <meta> policy, so it must be
 * allowed by its hash when the policy comes as a header.
 */
export const THEME_SCRIPT = "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

/** A CSP source for a script's exact text: 'sha256-…' without the quotes, as Astro's config takes it. */
export function scriptHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

export const INLINE_SCRIPT_HASHES = [scriptHash(THEME_SCRIPT)];
