/**
 * The JSON Schemas of the corpus downloads (JSON Schema 2020-12), each with a version: a file
 * names its schema in "$schema" and its version in "version", and a change that breaks readers
 * of a file gets a new version (and a new schema address) rather than changing the old one.
 */
export const CORPUS_VERSION = 1;

/** Where each schema is published, below the base path: /schemas/<name>.v<version>.json */
export const schemaPath = (name: CorpusSchemaName): string => `/schemas/${name}.v${CORPUS_VERSION}.json`;

const string = { type: 'string' } as const;
const optionalString = { type: ['string', 'null'] } as const;
const url = { type: 'string', format: 'uri' } as const;

const citation = { type: 'string', description: 'A Harvard citation of it, with its permanent address.' } as const;

const progress = {
  type: 'array',
  description: 'What later happened to it, oldest first, each as a source states it; empty where no source says.',
  items: {
    type: 'object',
    required: ['date', 'status', 'source'],
    additionalProperties: false,
    properties: {
      date: { type: 'string', description: 'As precise as the source: YYYY, YYYY-MM or YYYY-MM-DD.' },
      status: { enum: ['accepted', 'partly-accepted', 'rejected', 'implemented', 'no-response'] },
      source: {
        type: 'object',
        required: ['title', 'url'],
        additionalProperties: false,
        properties: { title: string, url, text: optionalString },
      },
    },
  },
} as const;

export const CORPUS_SCHEMAS = {
  'numbered-items': {
    title: 'Numbered items (recommendations, key points, actions, findings…) of every publication',
    type: 'object',
    required: ['$schema', 'version', 'site', 'items'],
    properties: {
      $schema: url,
      version: { const: CORPUS_VERSION },
      site: string,
      items: {
        type: 'array',
        items: {
          type: 'object',
          required: ['publication', 'publicationTitle', 'word', 'number', 'label', 'text', 'theme', 'themeName', 'chapter', 'chapterTitle', 'paragraph', 'url', 'inChapter', 'citation', 'progress'],
          additionalProperties: false,
          properties: {
            publication: string, publicationTitle: string,
            word: { type: 'string', description: 'What its publication calls it: "recommendation", "key point".' },
            number: { type: 'integer', minimum: 1 }, label: string, text: string,
            chapterWording: { type: 'string', description: 'Its chapter’s own wording, where the publication’s numbered list words it otherwise.' },
            theme: string, themeName: string, chapter: string, chapterTitle: string,
            paragraph: { ...optionalString, description: 'The paragraph number readers cite, "6.30".' },
            url: { ...url, description: 'Its own permanent page.' },
            inChapter: { ...url, description: 'Its place in its chapter.' },
            citation,
            progress,
          },
        },
      },
    },
  },
  quotes: {
    title: 'Quotes of every publication, with the speaker as printed',
    type: 'object',
    required: ['$schema', 'version', 'site', 'quotes'],
    properties: {
      $schema: url,
      version: { const: CORPUS_VERSION },
      site: string,
      quotes: {
        type: 'array',
        items: {
          type: 'object',
          required: ['text', 'by', 'publication', 'publicationTitle', 'chapter', 'chapterTitle', 'paragraph', 'url'],
          additionalProperties: false,
          properties: {
            text: string, by: { type: 'string', description: 'The speaker, exactly as the publication gives them.' },
            publication: string, publicationTitle: string, chapter: string, chapterTitle: string,
            theme: optionalString,
            paragraph: optionalString,
            url: { ...url, description: 'The quote in its chapter: its permanent address.' },
          },
        },
      },
    },
  },
  'publication-text': {
    title: 'The full text of one publication: its chapters, and each numbered block with its number, anchor, kind and text',
    type: 'object',
    required: ['$schema', 'version', 'publication', 'chapters'],
    properties: {
      $schema: url,
      version: { const: CORPUS_VERSION },
      publication: {
        type: 'object',
        required: ['id', 'title', 'date', 'url', 'authors'],
        properties: { id: string, title: string, subtitle: optionalString, publisher: optionalString, authors: { type: 'array', items: string }, date: string, url, pdf: { type: ['string', 'null'] } },
      },
      chapters: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'title', 'number', 'url', 'blocks'],
          properties: {
            id: string, title: string, number: { type: 'integer' }, url,
            headings: { type: 'array', items: { type: 'object', required: ['id', 'text', 'level'], properties: { id: string, text: string, level: { type: 'integer' } } } },
            blocks: {
              type: 'array',
              items: {
                type: 'object',
                required: ['number', 'anchor', 'kind', 'text'],
                additionalProperties: false,
                properties: {
                  number: { type: 'string', description: '"chapter.paragraph", as cited: "6.12".' },
                  anchor: string,
                  kind: { enum: ['paragraph', 'list', 'table', 'blockquote', 'quote', 'recommendation'] },
                  text: { type: 'string', description: 'The words, with the printed document’s note numbers as markers where they stand: "[12]". The notes’ own text is not in the site’s copy.' },
                  heading: { type: ['string', 'null'], description: 'The heading it stands under.' },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;

export type CorpusSchemaName = keyof typeof CORPUS_SCHEMAS;

/** A schema as published: its own address as $id, and the draft it follows. */
export function publishedSchema(name: CorpusSchemaName, absolute: (path: string) => string): Record<string, unknown> {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: absolute(schemaPath(name)), ...CORPUS_SCHEMAS[name] };
}
