/**
 * The publisher, as content: src/content/site.yaml. Everything a reader sees that is not the
 * publications' own text, and not the engine's page furniture ("Previous chapter", "Cite this"),
 * comes from here: the site's name, who publishes it and how to say so in a sentence, the home
 * page's words, the footer, the language and currency, the navigation, the words for numbered
 * items, the kinds of publication and of theme, and the press room's words.
 */
import { z } from 'astro/zod';
import { idSchema } from './ids.ts';

const text = z.string().min(1);

/** How a kind of publication is read, which decides what the site makes of it. */
export const READ_AS = ['chapters', 'slides', 'press-release'] as const;

/** The index pages the navigation can link to. */
export const NAVIGABLE_PAGES = ['home', 'themes', 'recommendations', 'quotes', 'data', 'press', 'search'] as const;

export const numberedItemWordsSchema = z.strictObject({
  /** What a publication's frontmatter names: numberedItem: key-point. */
  id: idSchema,
  /** In a sentence: "recommendation", "key point", "action". */
  singular: text,
  plural: text,
});

export const formatSchema = z.strictObject({
  /** What a publication's `format` names: report, response, briefing, slides, press-release… */
  id: idSchema,
  /** Shown on the home page's card of a publication of this format (publications of the first format listed carry none). */
  label: text,
  /** The document in a sentence: "the printed report", "the printed briefing". */
  noun: text,
  /**
   * chapters: a document read chapter by chapter, with a PDF, cited as a whole;
   * slides: a slide deck, with a PDF and "Present as slides";
   * press-release: shown in full in the press room, with no PDF.
   */
  readAs: z.enum(READ_AS),
});

export const themeKindSchema = z.strictObject({
  /** What a theme's `kind` names. */
  id: idSchema,
  /** One theme of this kind: "Key theme", "Context". */
  label: text,
  /** Several, as a heading: "Key themes". */
  plural: text,
});

export const siteConfigSchema = z.strictObject({
  /** The site's name: the header, every page's title, the feed, share images and embeds. */
  name: text,
  /** The line under the name in the header. */
  tagline: text,
  /** Who publishes, as it reads inside a sentence: "the Riverside Health Board". */
  organisation: text,
  /** The publications as a whole, inside a sentence: "the Board’s publications". */
  publications: text,
  /** The organisation as a publication's publisher names it: what `npm run new -- publication` fills in. */
  publisher: text.optional(),
  /** One sentence about the site: the home page's description for search engines and the feed. */
  description: text,
  home: z.strictObject({
    heading: text,
    standfirst: text,
    /** The sentence under the themes' heading on the home page. */
    themes: text.optional(),
  }),
  /** The opening sentence of index pages, where the engine's own would not say enough. */
  standfirsts: z.strictObject({
    /** The quotes page: whose voices the publications quote. */
    quotes: text.optional(),
  }).default({}),
  /** The footer's paragraph about the site. */
  footer: text,
  locale: z.strictObject({
    /** The language of the pages, as a language tag: "en-GB", "en-IE", "en-US". */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language tag such as "en-GB" or "en-US"'),
    /** The currency of money in datasets, as its ISO 4217 code: "GBP", "EUR", "USD". */
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as "GBP", "EUR" or "USD"'),
  }),
  /** The site's menu, in order; each entry one of the site's index pages and the words for it. */
  navigation: z.array(z.strictObject({ page: z.enum(NAVIGABLE_PAGES), label: text })).min(1),
  /** What publications call their numbered items (each publication names one by its id). */
  numberedItems: z.array(numberedItemWordsSchema).min(1),
  /** The kinds of publication (each publication names one as its `format`). */
  formats: z.array(formatSchema).min(1),
  /** The kinds of theme (each theme names one as its `kind`). */
  themeKinds: z.array(themeKindSchema).min(1),
  press: z.strictObject({
    /** The press room's opening sentence. */
    standfirst: text,
    /** Whom journalists can contact: only as the publisher gives it. */
    contact: z.strictObject({ name: text, email: z.email().optional(), phone: text.optional() }).optional(),
    /** Said where there is no contact, or beside it: in the publications' own words where it quotes them. */
    note: text.optional(),
  }),
  /** A favicon in public/, e.g. "favicon.svg". */
  favicon: z.string().regex(/^[a-z0-9._-]+\.(svg|png|ico)$/, 'must be a file name in public/, e.g. "favicon.svg"').optional(),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type NumberedItemWords = z.infer<typeof numberedItemWordsSchema>;
export type PublicationFormat = z.infer<typeof formatSchema>;
export type ThemeKind = z.infer<typeof themeKindSchema>;
