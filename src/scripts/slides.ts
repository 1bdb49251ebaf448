/**
 * Slide view: one slide fills the screen; arrows, Page Up/Down, Space, Home and End move,
 * Esc leaves. The slide number is in the URL (#slide-3) and each move is announced.
 */
const slides = [...document.querySelectorAll<HTMLElement>('section.slide')];
const start = document.querySelector<HTMLButtonElement>('[data-slides-start]');
const announcer = document.querySelector<HTMLElement>('[data-slides-status]');
let current = 0;
let presenting = false;

function indexFromHash(): number {
  const match = /^#slide-(\d+)$/.exec(location.hash);
  const n = match ? Number(match[1]) - 1 : 0;
  return Math.min(Math.max(n, 0), slides.length - 1);
}

function show(index: number): void {
  current = Math.min(Math.max(index, 0), slides.length - 1);
  slides.forEach((slide, i) => slide.classList.toggle('current', i === current));
  const slide = slides[current]!;
  history.replaceState(null, '', `#${slide.id}`);
  const title = slide.querySelector<HTMLElement>('.slide-title');
  if (announcer) announcer.textContent = `Slide ${current + 1} of ${slides.length}: ${title?.textContent ?? ''}`;
  title?.focus({ preventScroll: true });
}

function enter(): void {
  presenting = true;
  document.body.classList.add('presenting');
  show(indexFromHash());
}

function leave(): void {
  presenting = false;
  document.body.classList.remove('presenting');
  slides.forEach((slide) => slide.classList.remove('current'));
  if (announcer) announcer.textContent = 'Slide view closed.';
  slides[current]?.scrollIntoView();
  start?.focus();
}

if (start && slides.length > 0) {
  start.hidden = false;
  start.addEventListener('click', enter);
  document.addEventListener('keydown', (event) => {
    if (!presenting) return;
    const moves: Record<string, () => void> = {
      ArrowRight: () => show(current + 1), ArrowDown: () => show(current + 1), PageDown: () => show(current + 1), ' ': () => show(current + 1),
      ArrowLeft: () => show(current - 1), ArrowUp: () => show(current - 1), PageUp: () => show(current - 1),
      Home: () => show(0), End: () => show(slides.length - 1), Escape: leave,
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    }
  });
}

export {};
