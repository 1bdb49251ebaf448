/** Mark the section being read in the chapter's contents (aria-current="location"). */
const links = new Map<string, HTMLAnchorElement>();
for (const link of document.querySelectorAll<HTMLAnchorElement>('.chapter-contents a[href^="#"]')) {
  links.set(decodeURIComponent(link.hash.slice(1)), link);
}
const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);

function update(): void {
  let current: HTMLElement | undefined;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top <= 120) current = heading;
    else break;
  }
  for (const [id, link] of links) {
    if (current && id === current.id) link.setAttribute('aria-current', 'location');
    else link.removeAttribute('aria-current');
  }
}

if (headings.length > 0) {
  let queued = false;
  window.addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; update(); });
  }, { passive: true });
  update();
}

export {};
