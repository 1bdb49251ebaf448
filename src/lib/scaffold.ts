/** Templates for `npm run new`: new chapters, publications and datasets that follow the schemas. */
import { ID_PATTERN } from '../schemas/ids.ts';

const yamlString = (value: string): string => JSON.stringify(value);

/** The words the templates ask an editor to replace. The content check stops a build that still has any. */
export const PLACEHOLDERS = {
  chapterSummary: 'Replace this with the chapter’s first sentence, quoted word for word.',
  chapterOpening: 'The chapter’s opening paragraph.',
  chapterBody: 'Write the chapter here, one paragraph per line, with a blank line between paragraphs.',
  quoteBy: 'Replace this with the speaker’s role, as the publication gives it',
  quoteText: 'Replace this with what they said, word for word, or delete the quote.',
  itemText: 'Replace this with the numbered item’s words, or delete it.',
  publicationSummary: 'Replace this with a sentence quoted from the publication.',
  publicationRights: 'Replace this with the rights or licence the publication states.',
  publicationSource: 'replace-with-source-file.txt',
  datasetDescription: 'Replace this with one line saying what the figures are.',
  datasetPeriod: 'Replace this with the period the figures cover, as the source gives it',
  datasetFirstCategory: 'Replace with the first category',
  datasetSecondCategory: 'Replace with the second category',
  datasetSeries: 'Replace with the name of the series',
  datasetPublication: 'replace-with-publication-id',
  datasetChapter: 'replace-with-chapter-file-name',
  datasetStatement: 'Replace this with the sentence that states the figures, copied exactly from the source.',
  datasetSummary: 'Replace this with one sentence that says what the chart shows, for screen-reader users.',
} as const;

/** Where a file still holds a template's placeholder: each one found, with its 1-based line. */
export function placeholdersIn(text: string): { placeholder: string; line: number }[] {
  return Object.values(PLACEHOLDERS).flatMap((placeholder) => {
    const at = text.indexOf(placeholder);
    return at === -1 ? [] : [{ placeholder, line: text.slice(0, at).split('\n').length }];
  });
}

export interface ChapterTemplateInput {
  publication: string;
  order: number;
  title: string;
  /** The site's theme ids: the first is shown in use, the rest listed. */
  themes?: readonly string[];
  /** The number the publication's next numbered item takes (one more than its last). */
  nextItem?: number;
}

export function chapterTemplate(input: ChapterTemplateInput): string {
  const shortTitle = input.title.length <= 40 ? input.title : `${input.title.slice(0, 39).trimEnd()}…`;
  const [theme = 'a-theme-id', ...others] = input.themes ?? [];
  const themes = [theme, ...others].join(', ');
  return `---
publication: ${input.publication}
order: ${input.order}
title: ${yamlString(input.title)}
shortTitle: ${yamlString(shortTitle)}
summary: ${yamlString(PLACEHOLDERS.chapterSummary)}
# theme: ${theme}   # optional: one of the themes in src/content/themes.yaml (${themes})
---

<Lead>

${PLACEHOLDERS.chapterOpening}

</Lead>

## First section

${PLACEHOLDERS.chapterBody}

{/* A quote: what a person said, as the publication prints it. Delete it if the chapter has none. */}

<Quote by="${PLACEHOLDERS.quoteBy}">

${PLACEHOLDERS.quoteText}

</Quote>

{/* A numbered item: ${input.nextItem ?? 1} is the next number of this publication. Delete it if the chapter has none. */}

<Recommendation number={${input.nextItem ?? 1}} theme="${theme}">

${PLACEHOLDERS.itemText}

</Recommendation>
`;
}

export function publicationTemplate(input: { title: string; code: string; order: number; date: string; publisher?: string | undefined }): string {
  return `title: ${yamlString(input.title)}
shortTitle: ${yamlString(input.title.length <= 40 ? input.title : input.title.slice(0, 40).trimEnd())}
${input.publisher ? `publisher: ${yamlString(input.publisher)}\n` : ''}date: ${yamlString(input.date)}
summary: ${yamlString(PLACEHOLDERS.publicationSummary)}
code: ${yamlString(input.code)}
order: ${input.order}
rights: ${yamlString(PLACEHOLDERS.publicationRights)}
source: ${PLACEHOLDERS.publicationSource}
`;
}

export function datasetTemplate(input: { id: string; title: string; publication?: string | undefined; document?: string | undefined }): string {
  return `${JSON.stringify({
    id: input.id,
    title: input.title,
    description: PLACEHOLDERS.datasetDescription,
    unit: 'percent',
    period: PLACEHOLDERS.datasetPeriod,
    categories: [PLACEHOLDERS.datasetFirstCategory, PLACEHOLDERS.datasetSecondCategory],
    series: [{ name: PLACEHOLDERS.datasetSeries, values: [0, 0] }],
    chart: { type: 'bar' },
    statedIn: [{
      document: input.document ?? PLACEHOLDERS.publicationSource,
      publication: input.publication ?? PLACEHOLDERS.datasetPublication,
      chapter: PLACEHOLDERS.datasetChapter,
      text: PLACEHOLDERS.datasetStatement,
    }],
    notes: [],
    summary: PLACEHOLDERS.datasetSummary,
    themes: [],
  }, null, 2)}\n`;
}

/** Letters that have no plain-letter form once their accents are taken off. */
const LETTERS: Record<string, string> = { æ: 'ae', œ: 'oe', ø: 'o', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };

/** At most this many characters: a file name that is a whole sentence is an address no one can type. */
const NAME_LENGTH = 60;

/**
 * A file name (and address) for a title: lower-case letters, digits and single hyphens, as the
 * check asks. Accents are taken off (ŵ → w, é → e), other letters spelt out (æ → ae), “&” read as
 * “and”, dashes, punctuation and emoji dropped: “Health & care – the ŵyr” → health-and-care-the-wyr.
 * Undefined when the title has no letter or digit to make one from (an emoji).
 */
export function fileNameFor(title: string): string | undefined {
  const plain = title
    .toLowerCase()
    .replace(/&/g, ' and ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[æœøßłđðþıħ]/g, (c) => LETTERS[c] ?? c)
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!plain) return undefined;
  const cut = plain.length <= NAME_LENGTH ? plain : plain.slice(0, plain.lastIndexOf('-', NAME_LENGTH) > 0 ? plain.lastIndexOf('-', NAME_LENGTH) : NAME_LENGTH);
  return ID_PATTERN.test(cut) ? cut : undefined;
}

/** A new site's README: what it is, its two commands, where its content is, and how it takes engine updates. */
export function siteReadme(input: { name: string; folder: string }): string {
  return `# ${input.name}

The evidence site of ${input.name}: its publications in full on the web, with their numbered
items, quotes, charts, citations, PDFs and search. It was made with \`npm run new -- site\`; the
engine that builds it is the same for every publisher, and this folder keeps a copy of it.

## The two commands

\`\`\`sh
npm install && npm run build && npm run preview   # build the site and serve it at http://localhost:4321/
npm run dev                                       # live preview while you edit
\`\`\`

The build needs a Chromium browser for the PDFs and share images: it finds or installs one, or
says how to install one. To publish, build with the address the site is published at:
\`SITE_URL=https://evidence.example.org PUBLISH=1 npm run build\` (and \`BASE_PATH=/evidence/\` if it is
not at the root of its domain). With \`PUBLISH=1\`, or on CI, the build refuses to run without
\`SITE_URL\`, so no published page links to localhost. \`dist/\` then holds what nginx, Apache,
Netlify and Cloudflare Pages need (\`scripts/nginx.example.conf\` for nginx).

## What is yours, and what is the engine's

| yours (content) | the engine's (replaced whole by an update) |
|---|---|
| \`src/content/site.yaml\`: the site's name, words, language, currency, menu | \`src/lib/\`, \`src/schemas/\`: loading, checks, indexes, citations |
| \`src/content/publications/\`, \`src/content/chapters/\`: the publications | \`src/pages/\`, \`src/components/\`, \`src/client/\`, \`src/styles/\`: the pages |
| \`src/content/themes.yaml\`, \`press.yaml\`, \`coverage.yaml\`, \`moves.yaml\`, \`permalinks.json\` | \`src/integrations/\`, \`src/plugins/\`: the build, inside Astro |
| \`data/\`: datasets, key figures, the source documents | \`scripts/\`, \`astro.config.mjs\`, \`tsconfig.json\`, \`package-lock.json\` |
| \`public/\`, this README | |

EDITING.md says how to change the content and what every error means.

## Replacing the example

The folder is a git repository with the example as its first commit: commit your changes as you go,
since the check's advice (restoring a deleted file, a page's history) reads git. Replace the
example before the site is first published: delete its files (\`src/content/publications/example-report.yaml\`,
\`src/content/chapters/example-report/\`, \`data/datasets/example-survey.json\`,
\`data/sources/example-report.txt\`) and also \`src/content/permalinks.json\` and
\`src/content/history.json\`, which until then record only your own local builds. Once published,
these two files keep every address and every change for good: never delete them after that.

## Taking a newer engine

\`\`\`sh
npm run engine -- update <folder of the newer engine>
npm install && npm run build
\`\`\`

This replaces the engine's files listed above with the newer engine's, adds its dependencies to
\`package.json\` (keeping this site's name), and leaves everything that is yours as it is. Commit
the result as one change: \`git diff\` shows what the engine changed.
`;
}

/**
 * A new site's first content (npm run new -- site): the site file with its name filled in, two
 * themes, and one small example publication (a chapter with a heading, paragraphs, a quote, a
 * numbered item and a chart of a dataset) that builds as it is and shows each part at work. The
 * example is clearly an example; the publisher replaces it with its own publications.
 */
export function siteStarterFiles(input: { name: string; organisation: string; year: string }): Record<string, string> {
  const { name, organisation } = input;
  const statement = 'In the example survey, 40% of people said the service was good in the first year and 55% in the second year.';
  return {
    'src/content/site.yaml': `# Who publishes this site, and every word a reader sees that is not the publications' own text.
# README.md ("Start a site for your own organisation") describes each field.
name: ${yamlString(name)}
tagline: ${yamlString(`Publications of ${organisation}`)}
# As each reads inside a sentence.
organisation: ${yamlString(organisation)}
publications: ${yamlString(`the publications of ${organisation}`)}
publisher: ${yamlString(organisation)}
description: ${yamlString(`The publications of ${organisation}, in full on the web.`)}
home:
  heading: ${yamlString(`The publications of ${organisation}`)}
  standfirst: "Every publication in full, with its numbered items, the voices it quotes and the figures it states."
  themes: "The themes the publications are filed under."
footer: ${yamlString(`The publications of ${organisation}, published on the web as written.`)}
locale:
  language: en-GB
  currency: GBP
navigation:
  - { page: home, label: Publications }
  - { page: themes, label: Themes }
  - { page: recommendations, label: Recommendations }
  - { page: quotes, label: Quotes }
  - { page: data, label: Data }
  - { page: press, label: Press }
  - { page: search, label: Search }
numberedItems:
  - { id: recommendation, singular: recommendation, plural: recommendations }
  - { id: finding, singular: finding, plural: findings }
formats:
  - { id: report, label: Report, noun: report, readAs: chapters }
  - { id: briefing, label: Briefing, noun: briefing, readAs: chapters }
  - { id: slides, label: Slides, noun: presentation, readAs: slides }
  - { id: press-release, label: Press release, noun: press release, readAs: press-release }
themeKinds:
  - { id: theme, label: Theme, plural: Themes }
press:
  standfirst: "The publications, the key figures with their sources, and quotes ready to copy."
  # contact: { name: "Press office", email: press@example.org }   # only as your organisation gives it
favicon: favicon.svg
`,
    'src/content/themes.yaml': `# The themes chapters, numbered items, quotes and datasets are filed under.
# colour / colourDark: the theme's colour on light and dark pages; the check asks for 4.5:1 contrast.
- id: services
  name: Services
  kind: theme
  order: 1
  mark: home
  colour: "#1d5a8c"
  colourDark: "#8cc0ee"
  description: "How people find the services."
- id: people
  name: People
  kind: theme
  order: 2
  mark: people
  colour: "#6a3d9a"
  colourDark: "#c9abef"
  description: "What people said about the services."
`,
    'src/content/publications/example-report.yaml': `# An example publication: replace it with your own (npm run new -- publication <id> "<title>").
title: "An example report"
shortTitle: Example report
publisher: ${yamlString(name)}
date: ${yamlString(input.year)}
summary: "This example shows each part of a publication at work."
code: "example"
order: 1
format: report
rights: "Example text, written to show how a publication is set out."
source: example-report.txt
`,
    'src/content/chapters/example-report/what-we-found.mdx': `---
publication: example-report
order: 1
title: What we found
shortTitle: What we found
summary: "This example shows each part of a publication at work."
theme: services
---

<Lead>

This example shows each part of a publication at work.

</Lead>

## How a chapter is written

Each paragraph is one line of text, with a blank line between paragraphs. The site numbers every paragraph, so readers can link to it and cite it.

${statement}

<Chart dataset="example-survey" />

<Quote by="A person who answered the example survey">

The service was easier to find in the second year.

</Quote>

## What should change

<Recommendation number={1} theme="services">

Keep the service open in the evenings.

</Recommendation>
`,
    'data/sources/example-report.txt': `An example report
This example shows each part of a publication at work.
What we found
How a chapter is written
Each paragraph is one line of text, with a blank line between paragraphs. The site numbers every paragraph, so readers can link to it and cite it.
${statement}
“The service was easier to find in the second year.”
A person who answered the example survey
What should change
Recommendation 1. Keep the service open in the evenings.
`,
    'data/datasets/example-survey.json': `${JSON.stringify({
      id: 'example-survey',
      title: 'People who said the service was good',
      description: 'The share of people in the example survey who said the service was good.',
      unit: 'percent',
      period: 'First and second year',
      categories: ['First year', 'Second year'],
      series: [{ name: 'Said the service was good', values: [40, 55] }],
      chart: { type: 'bar' },
      statedIn: [{ document: 'example-report.txt', publication: 'example-report', chapter: 'what-we-found', text: statement }],
      summary: 'In the example survey, the share of people who said the service was good rose from 40% to 55%.',
      themes: ['services'],
    }, null, 2)}\n`,
    'public/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d5a8c"/><path d="M9 9h14M9 16h14M9 23h9" stroke="#fff" stroke-width="3" stroke-linecap="round"/></svg>\n',
  };
}
