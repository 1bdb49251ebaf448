/** Templates for `npm run new`: new chapters, publications and datasets that follow the schemas. */
import { slugify } from './slug.ts';

const yamlString = (value: string): string => JSON.stringify(value);

/** The words the templates ask an editor to replace. The content check stops a build that still has any. */
export const PLACEHOLDERS = {
  chapterSummary: 'Replace this with the chapter’s first sentence, quoted word for word.',
  chapterOpening: 'The chapter’s opening paragraph.',
  chapterBody: 'Write the chapter here, one paragraph per line, with a blank line between paragraphs.',
  publicationSummary: 'Replace this with a sentence quoted from the publication.',
  publicationRights: 'Replace this with the rights or licence the publication states.',
  publicationSource: 'replace-with-source-file.txt',
} as const;

/** Where a file still holds a template's placeholder: each one found, with its 1-based line. */
export function placeholdersIn(text: string): { placeholder: string; line: number }[] {
  return Object.values(PLACEHOLDERS).flatMap((placeholder) => {
    const at = text.indexOf(placeholder);
    return at === -1 ? [] : [{ placeholder, line: text.slice(0, at).split('\n').length }];
  });
}

export function chapterTemplate(input: { publication: string; order: number; title: string }): string {
  const shortTitle = input.title.length <= 40 ? input.title : `${input.title.slice(0, 39).trimEnd()}…`;
  return `---
publication: ${input.publication}
order: ${input.order}
title: ${yamlString(input.title)}
shortTitle: ${yamlString(shortTitle)}
summary: ${yamlString(PLACEHOLDERS.chapterSummary)}
# theme: early-help   # optional: a theme id from src/content/themes.yaml
---

<Lead>

${PLACEHOLDERS.chapterOpening}

</Lead>

## First section

${PLACEHOLDERS.chapterBody}
`;
}

export function publicationTemplate(input: { title: string; code: string; order: number; date: string }): string {
  return `title: ${yamlString(input.title)}
shortTitle: ${yamlString(input.title.length <= 40 ? input.title : input.title.slice(0, 40).trimEnd())}
publisher: North East ADCS
date: ${yamlString(input.date)}
summary: ${yamlString(PLACEHOLDERS.publicationSummary)}
code: ${yamlString(input.code)}
order: ${input.order}
format: report
rights: ${yamlString(PLACEHOLDERS.publicationRights)}
source: ${PLACEHOLDERS.publicationSource}
`;
}

export function datasetTemplate(input: { id: string; title: string }): string {
  return `${JSON.stringify({
    id: input.id,
    title: input.title,
    description: 'One line saying what the figures are.',
    unit: 'percent',
    period: 'The period the figures cover, as the source gives it',
    categories: ['First category', 'Second category'],
    series: [{ name: 'Series name', values: [0, 0] }],
    chart: { type: 'bar' },
    statedIn: [{
      document: '2021-regional-care-report.txt',
      publication: '2021-regional-care-report',
      chapter: 'replace-with-chapter',
      text: 'Replace this with the sentence that states the figures, copied exactly from the source.',
    }],
    notes: [],
    summary: 'One sentence that says what the chart shows, for screen-reader users.',
    themes: [],
  }, null, 2)}\n`;
}

export function slugForTitle(title: string): string {
  return slugify(title);
}
