/** Templates for `npm run new`: new chapters, publications and datasets that follow the schemas. */
import { slugify } from './slug.ts';

const yamlString = (value: string): string => JSON.stringify(value);

export function chapterTemplate(input: { publication: string; order: number; title: string }): string {
  const shortTitle = input.title.length <= 40 ? input.title : `${input.title.slice(0, 39).trimEnd()}…`;
  return `---
publication: ${input.publication}
order: ${input.order}
title: ${yamlString(input.title)}
shortTitle: ${yamlString(shortTitle)}
summary: "Replace this with the chapter’s first sentence, quoted word for word."
# theme: early-help   # optional: a theme id from src/content/themes.yaml
---

<Lead>

The chapter’s opening paragraph.

</Lead>

## First section

Write the chapter here, one paragraph per line, with a blank line between paragraphs.
`;
}

export function publicationTemplate(input: { title: string; code: string; order: number; date: string }): string {
  return `title: ${yamlString(input.title)}
shortTitle: ${yamlString(input.title.length <= 40 ? input.title : input.title.slice(0, 40).trimEnd())}
publisher: North East ADCS
date: ${yamlString(input.date)}
summary: "Replace this with a sentence quoted from the publication."
code: ${yamlString(input.code)}
order: ${input.order}
format: report
rights: "Replace this with the rights or licence the publication states."
source: replace-with-source-file.txt
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
