/**
 * Numbered items: what a publication numbers and the site indexes, written once in its chapter as
 * <Recommendation number={4} theme="…">…</Recommendation>. Each publication calls them by its own
 * word from the site file ("Recommendation 4", "Key point 4", "Action 4"); in its chapter its
 * anchor is #recommendation-<n>, and it has a page of its own, /recommendations/<code>-<n>/,
 * where it is cited. <AllRecommendations publication="…" /> lists a publication's items.
 */
import { capitalised } from '../typography.ts';
import type { Kind } from './kind.ts';
import type { ExtractedRecommendation, ProgressEntry, PublicationEntry, SiteContent } from '../model.ts';
import type { NumberedItemWords } from '../../schemas/site.ts';
import { numberAttribute } from '../mdx/jsx.ts';
import { paths } from '../addresses.ts';
import { yearOf } from '../locale.ts';
import { curlyApostrophes } from '../typography.ts';
import { groupBy, oncePerSite, siteLookup } from '../lookup.ts';

export const NUMBERED_ITEM_PREFIX = 'recommendation-';

export function numberedItemAnchor(n: number): string {
  return `${NUMBERED_ITEM_PREFIX}${n}`;
}

export const numberedItem: Kind = {
  name: 'numbered-item',
  noun: 'numbered item',
  anchorPrefix: NUMBERED_ITEM_PREFIX,
  registered: true,
  components: [
    {
      name: 'Recommendation',
      required: [],
      takes: ['number', 'theme', 'chapterWording', 'id'],
      numbers: ['number'],
      setByBuild: ['id', 'para'],
      example: '<Recommendation number={4} theme="housing">…</Recommendation>',
      use: 'a numbered item of the publication (a recommendation, a key point, an action: the publication’s `numberedItem` says which)',
      numbering: 'block',
      blockKind: 'recommendation',
      blockAnchor: (el) => {
        const n = numberAttribute(el, 'number');
        return n !== undefined && Number.isInteger(n) ? numberedItemAnchor(n) : undefined;
      },
      extract(el, scope) {
        const number = numberAttribute(el, 'number');
        const theme = scope.attributes['theme'];
        if (number === undefined || Number.isNaN(number) || number < 1) {
          const written = scope.attributes['number'];
          scope.finding('recommendation-number', written === undefined ? 'a <Recommendation> has no number' : `a <Recommendation> has the number “${written}”, which is not a whole number from 1`,
            'give it its number as the source prints it, in braces: <Recommendation number={4} theme="…">');
        } else if (!theme) {
          scope.finding('recommendation-theme', `numbered item ${number} has no theme`, 'add theme="…" with a theme id from src/content/themes.yaml');
        } else {
          scope.out.recommendations.push({
            publication: scope.publication,
            chapter: scope.chapter,
            number,
            theme,
            text: scope.text,
            chapterWording: scope.attributes['chapterWording'] === undefined ? undefined : curlyApostrophes(scope.attributes['chapterWording']),
            anchor: scope.attributes['id'] ?? '',
            heading: scope.heading,
            place: scope.place,
          });
        }
      },
    },
    {
      name: 'AllRecommendations',
      required: ['publication'],
      takes: ['publication'],
      setByBuild: [],
      example: '<AllRecommendations publication="annual-report" />',
      use: 'the generated list of all a publication’s numbered items, grouped by theme',
      numbering: 'none',
    },
  ],
};

/** "Recommendation 4", "Key point 4". */
export function itemLabel(words: NumberedItemWords, number: number): string {
  return `${capitalised(words.singular)} ${number}`;
}

/** "recommendation 4", "key point 4": inside a sentence. */
export function itemName(words: NumberedItemWords, number: number): string {
  return `${words.singular} ${number}`;
}

/** "1 recommendation", "15 key points"; with `adjective`, "15 numbered key points". */
export function itemsCounted(words: NumberedItemWords, count: number, adjective?: string): string {
  return `${count} ${adjective ? `${adjective} ` : ''}${count === 1 ? words.singular : words.plural}`;
}

/** The words, each once, of the publications the given entries come from, in the publications' order. */
export function kindsOf(publications: readonly Pick<PublicationEntry, 'id' | 'itemWords'>[], entries: readonly { publication: string }[]): NumberedItemWords[] {
  const from = new Set(entries.map((e) => e.publication));
  const seen = new Map<string, NumberedItemWords>();
  for (const p of publications) if (from.has(p.id) && !seen.has(p.itemWords.id)) seen.set(p.itemWords.id, p.itemWords);
  return [...seen.values()];
}

/**
 * Items of one or more publications, counted in their own words: "5 recommendations", "15 key
 * points", "35 recommendations and key points"; with no kinds, in the site's first word.
 */
export function kindsCounted(kinds: readonly NumberedItemWords[], count: number, fallback: NumberedItemWords): string {
  if (kinds.length === 1) return itemsCounted(kinds[0]!, count);
  return `${count} ${kindsPlural(kinds, fallback)}`;
}

/** "recommendations", "key points", "recommendations and key points". */
export function kindsPlural(kinds: readonly NumberedItemWords[], fallback: NumberedItemWords): string {
  return (kinds.length > 0 ? kinds : [fallback]).map((k) => k.plural).join(' and ');
}

export interface RecommendationEntry extends ExtractedRecommendation {
  /** What its publication calls it, e.g. "Recommendation 4" or "Key point 4"; in a sentence, "key point 4". */
  label: string;
  name: string;
  words: NumberedItemWords;
  code: string;
  publicationTitle: string;
  publicationShortTitle: string;
  year: number;
  /** The publication's date (YYYY or YYYY-MM), for ordering by how recent it is. */
  date: string;
  chapterTitle: string;
  themeName: string;
  /** Its own page, e.g. /recommendations/2021-4/ */
  permalink: string;
  /** The item in its chapter, e.g. /annual-report/housing/#recommendation-1 */
  inChapter: string;
  /** The paragraph number readers cite, "6.30". */
  paragraph?: string | undefined;
  /** What later happened to it, oldest first, as sources state it (src/content/progress.yaml); the last is where it stands. */
  progress: ProgressEntry[];
}

export const recommendationEntries: (site: SiteContent) => readonly RecommendationEntry[] = oncePerSite((site) => site.recommendations.map((r): RecommendationEntry => {
  const lookup = siteLookup(site);
  const publication = lookup.publication(r.publication);
  return {
    ...r,
    label: itemLabel(publication.itemWords, r.number),
    name: itemName(publication.itemWords, r.number),
    words: publication.itemWords,
    code: publication.code,
    publicationTitle: publication.title,
    publicationShortTitle: publication.shortTitle,
    year: yearOf(publication.date),
    date: publication.date,
    chapterTitle: lookup.chapter(r.publication, r.chapter).data.title,
    themeName: site.themes.find((t) => t.id === r.theme)?.name ?? r.theme,
    permalink: paths.recommendation(publication.code, r.number),
    inChapter: paths.fragment(r.publication, r.chapter, r.anchor),
    paragraph: lookup.chapter(r.publication, r.chapter).extract.blocks.find((b) => b.id === r.anchor)?.label,
    progress: site.progress.filter((p) => p.publication === r.publication && p.number === r.number),
  };
}));

/** The item's latest status, where a source states one. */
export function latestProgress(entry: Pick<RecommendationEntry, 'progress'>): ProgressEntry | undefined {
  return entry.progress.at(-1);
}

const byTheme = oncePerSite((site) => groupBy(recommendationEntries(site), (r) => r.theme));
const byPublication = oncePerSite((site) => groupBy(recommendationEntries(site), (r) => r.publication));

/** The numbered items on one theme, in site order (grouped once per site, not searched per page). */
export function recommendationsOnTheme(site: SiteContent, theme: string): readonly RecommendationEntry[] {
  return byTheme(site).get(theme) ?? [];
}

/** The numbered items of one publication, in their order (grouped once per site). */
export function recommendationsOfPublication(site: SiteContent, publication: string): readonly RecommendationEntry[] {
  return byPublication(site).get(publication) ?? [];
}
