/**
 * The address the reader is on. Pages are built for one address (SITE_URL), and their copy and
 * share buttons carry it; read from a preview, a staging host or a mirror, what a reader copies
 * must be where they are. The build's address is the page's canonical link's origin.
 */
import { replaceOrigin } from '../lib/origin.ts';

const built = (): string | undefined => {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return canonical ? new URL(canonical).origin : undefined;
};

/** Text (a link, a citation, embed code) with the build's address replaced by the one the reader is on. */
export function asHere(text: string): string {
  const origin = built();
  return origin ? replaceOrigin(text, origin, location.origin) : text;
}
