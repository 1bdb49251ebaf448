/**
 * Fill the share-image template (used only at build time): from its query string on load, and
 * again by the build through window.fillCard for each page, so one loaded template draws them all.
 */
export interface CardText {
  title: string;
  kicker: string;
  text: string;
  theme: string;
}

function fillCard(card: CardText): void {
  const set = (selector: string, value: string): void => {
    const el = document.querySelector<HTMLElement>(selector);
    if (el) el.textContent = value;
  };
  set('[data-og-title]', card.title);
  set('[data-og-kicker]', card.kicker);
  set('[data-og-text]', card.text.length > 220 ? `${card.text.slice(0, 217).replace(/\s+\S*$/, '')}…` : card.text);
  const frame = document.querySelector<HTMLElement>('[data-og-frame]');
  if (frame) for (const name of [...frame.classList]) if (name.startsWith('theme-')) frame.classList.remove(name);
  for (const mark of document.querySelectorAll<HTMLElement>('[data-og-theme]')) mark.hidden = true;
  if (card.theme && frame) {
    frame.classList.add(`theme-${card.theme}`);
    document.querySelector<HTMLElement>(`[data-og-theme="${card.theme}"]`)?.removeAttribute('hidden');
  }
}

const params = new URL(location.href).searchParams;
fillCard({ title: params.get('title') ?? '', kicker: params.get('kicker') ?? '', text: params.get('text') ?? '', theme: params.get('theme') ?? '' });
(window as unknown as { fillCard: typeof fillCard }).fillCard = fillCard;
document.body.dataset['ready'] = 'true';
