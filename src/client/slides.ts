/**
 * Slide view: one slide fills the screen, with Previous, Next and Close buttons and the slide
 * number at the foot of the screen (for touch and mouse); arrows, Page Up/Down, Space, Home and
 * End move, Esc leaves. The slide number is in the URL (#slide-3) and each move is announced.
 * While the view is open, the rest of the page is inert, so Tab stays on the slide and its controls.
 */
const slides = [...document.querySelectorAll<HTMLElement>('section.slide')];
const start = document.querySelector<HTMLButtonElement>('[data-slides-start]');
const controls = document.querySelector<HTMLElement>('.slide-controls');
const toolbar = document.querySelector<HTMLElement>('[data-slides-toolbar]');
const counter = document.querySelector<HTMLElement>('[data-slides-counter]');
const previousButton = document.querySelector<HTMLButtonElement>('[data-slides-previous]');
const nextButton = document.querySelector<HTMLButtonElement>('[data-slides-next]');
const closeButton = document.querySelector<HTMLButtonElement>('[data-slides-close]');
const announcer = document.querySelector<HTMLElement>('[data-slides-status]');
let current = 0;
let presenting = false;
let inerted: HTMLElement[] = [];

function indexFromHash(): number {
  const match = /^#slide-(\d+)$/.exec(location.hash);
  const n = match ? Number(match[1]) - 1 : 0;
  return Math.min(Math.max(n, 0), slides.length - 1);
}

/** Makes everything inert except the given elements (and their ancestors); undoes it when given none. */
function keepOnly(keep: HTMLElement[]): void {
  for (const el of inerted) el.inert = false;
  inerted = [];
  for (const kept of keep) {
    for (let node: HTMLElement | null = kept; node && node !== document.body; node = node.parentElement) {
      for (const sibling of node.parentElement?.children ?? []) {
        if (!(sibling instanceof HTMLElement) || sibling === node || sibling instanceof HTMLScriptElement) continue;
        if (keep.some((k) => sibling.contains(k)) || sibling.inert) continue;
        sibling.inert = true;
        inerted.push(sibling);
      }
    }
  }
}

/** Shows slide `index`; moves focus to its title unless the reader is using the on-screen buttons. */
function show(index: number, focusTitle = true): void {
  current = Math.min(Math.max(index, 0), slides.length - 1);
  slides.forEach((slide, i) => slide.classList.toggle('current', i === current));
  const slide = slides[current]!;
  history.replaceState(null, '', `#${slide.id}`);
  const title = slide.querySelector<HTMLElement>('.slide-title');
  if (counter) counter.textContent = `Slide ${current + 1} of ${slides.length}`;
  previousButton?.setAttribute('aria-disabled', String(current === 0));
  nextButton?.setAttribute('aria-disabled', String(current === slides.length - 1));
  keepOnly([slide, ...(controls ? [controls] : [])]);
  if (announcer) announcer.textContent = `Slide ${current + 1} of ${slides.length}: ${title?.textContent ?? ''}`;
  if (focusTitle) title?.focus({ preventScroll: true });
}

function enter(): void {
  presenting = true;
  document.body.classList.add('presenting');
  if (toolbar) toolbar.hidden = false;
  show(indexFromHash());
}

function leave(): void {
  presenting = false;
  document.body.classList.remove('presenting');
  if (toolbar) toolbar.hidden = true;
  keepOnly([]);
  slides.forEach((slide) => slide.classList.remove('current'));
  if (announcer) announcer.textContent = 'Slide view closed.';
  slides[current]?.scrollIntoView();
  start?.focus();
}

if (start && slides.length > 0) {
  start.hidden = false;
  start.addEventListener('click', enter);
  previousButton?.addEventListener('click', () => show(current - 1, false));
  nextButton?.addEventListener('click', () => show(current + 1, false));
  closeButton?.addEventListener('click', leave);
  document.addEventListener('keydown', (event) => {
    if (!presenting || event.altKey || event.ctrlKey || event.metaKey) return;
    // Space and Enter on a focused button press that button.
    if ((event.key === ' ' || event.key === 'Enter') && event.target instanceof HTMLButtonElement) return;
    const moves: Record<string, () => void> = {
      ArrowRight: () => show(current + 1), ArrowDown: () => show(current + 1), PageDown: () => show(current + 1), ' ': () => show(current + 1),
      ArrowLeft: () => show(current - 1), ArrowUp: () => show(current - 1), PageUp: () => show(current - 1),
      Home: () => show(0), End: () => show(slides.length - 1), Escape: leave,
    };
    // A slide taller than the screen (zoomed in, or a phone held sideways) scrolls first: the
    // keys that move down or up scroll it while there is more of it that way, then move on.
    const slide = slides[current];
    const scrollsDown = ['ArrowDown', 'PageDown', ' '].includes(event.key) && !event.shiftKey;
    const scrollsUp = ['ArrowUp', 'PageUp'].includes(event.key) || (event.key === ' ' && event.shiftKey);
    if (slide && ((scrollsDown && slide.scrollTop + slide.clientHeight < slide.scrollHeight - 1) || (scrollsUp && slide.scrollTop > 0))) {
      event.preventDefault();
      const step = event.key.startsWith('Arrow') ? 40 : slide.clientHeight * 0.85;
      slide.scrollBy({ top: scrollsDown ? step : -step });
      return;
    }
    // Shift+Space goes back, as it scrolls back in a page.
    const move = event.key === ' ' && event.shiftKey ? () => show(current - 1) : moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    }
  });
}

export {};
