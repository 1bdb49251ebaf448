/**
 * The components an editor may use in chapter MDX: the attributes each requires, and every one it
 * takes (a misspelt attribute is otherwise silently ignored: `chapterwording` for `chapterWording`).
 * (Quote, Recommendation and NoteRef attribute values are checked by the extractor, which knows their meaning.)
 */
export const AUTHOR_COMPONENTS: Record<string, { required: string[]; takes: string[]; example: string }> = {
  Lead: { required: [], takes: [], example: '<Lead>Opening paragraph.</Lead>' },
  Quote: { required: [], takes: ['by', 'id'], example: '<Quote by="North East Director of Children’s Services">…</Quote>' },
  Recommendation: { required: [], takes: ['number', 'theme', 'chapterWording', 'id'], example: '<Recommendation number={4} theme="care-markets">…</Recommendation>' },
  NoteRef: { required: [], takes: ['n'], example: '<NoteRef n={12} />' },
  Panel: { required: ['title'], takes: ['title', 'id'], example: '<Panel title="Six headline recommendations">…</Panel>' },
  AllRecommendations: { required: ['publication'], takes: ['publication'], example: '<AllRecommendations publication="2021-regional-care-report" />' },
  MissingChart: { required: ['caption'], takes: ['caption'], example: '<MissingChart caption="…" />' },
  Chart: { required: ['dataset'], takes: ['dataset'], example: '<Chart dataset="child-poverty-after-housing-costs" />' },
  KeyFigure: { required: ['id'], takes: ['id'], example: '<KeyFigure id="population" />' },
  Slide: { required: ['title'], takes: ['title', 'id'], example: '<Slide title="A snapshot of the North East">…</Slide>' },
};

/** The attribute an editor most likely meant: same letters in another case, or one or two letters off. */
export function likelyAttribute(written: string, takes: readonly string[]): string | undefined {
  const lower = written.toLowerCase();
  return takes.find((name) => name.toLowerCase() === lower) ?? takes.find((name) => editDistance(name.toLowerCase(), lower) <= 2);
}

/** The option nearest to what was written, if near enough to be a slip (an id one or two keys off). */
export function closest(written: string, options: readonly string[]): string | undefined {
  const lower = written.toLowerCase();
  let best: string | undefined;
  let distance = Number.POSITIVE_INFINITY;
  for (const option of options) {
    const d = editDistance(option.toLowerCase(), lower);
    if (d < distance) [best, distance] = [option, d];
  }
  return distance <= Math.max(2, Math.floor(written.length / 4)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

export const AUTHOR_COMPONENT_NAMES = Object.keys(AUTHOR_COMPONENTS);
