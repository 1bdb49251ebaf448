/**
 * The components an editor may use in chapter MDX, with the attributes each requires.
 * (Quote, Recommendation and NoteRef attributes are checked by the extractor, which knows their meaning.)
 */
export const AUTHOR_COMPONENTS: Record<string, { required: string[]; example: string }> = {
  Lead: { required: [], example: '<Lead>Opening paragraph.</Lead>' },
  Quote: { required: [], example: '<Quote by="North East Director of Children’s Services">…</Quote>' },
  Recommendation: { required: [], example: '<Recommendation number={4} theme="care-markets">…</Recommendation>' },
  NoteRef: { required: [], example: '<NoteRef n={12} />' },
  Panel: { required: ['title'], example: '<Panel title="Six headline recommendations">…</Panel>' },
  AllRecommendations: { required: ['publication'], example: '<AllRecommendations publication="2021-regional-care-report" />' },
  MissingChart: { required: ['caption'], example: '<MissingChart caption="…" />' },
  Chart: { required: ['dataset'], example: '<Chart dataset="child-poverty-after-housing-costs" />' },
  KeyFigure: { required: ['id'], example: '<KeyFigure id="population" />' },
  Slide: { required: ['title'], example: '<Slide title="A snapshot of the North East">…</Slide>' },
};

export const AUTHOR_COMPONENT_NAMES = Object.keys(AUTHOR_COMPONENTS);
