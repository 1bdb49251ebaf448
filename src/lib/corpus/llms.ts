/**
 * /llms.txt and /llms-full.txt (the convention of llmstxt.org, which Quarto and MyST ship): a
 * Markdown list of the site's publications and data, and the publications' whole text, with the
 * paragraph numbers readers cite, for machines that read the site.
 */
import type { SiteContent } from '../model.ts';
import { siteLookup } from '../lookup.ts';
import { paths, pdfPath } from '../addresses.ts';
import { hasPdf } from '../publication-formats.ts';
import { CORPUS_FILES } from './files.ts';
import type { Addressing } from './numbered-items.ts';

export function llmsTxt(site: SiteContent, at: Addressing): string {
  const { config } = site;
  const lines = [`# ${config.name}`, '', `> ${config.description}`, '',
    `The publications of ${config.organisation}, in full. Each chapter's paragraphs are numbered "chapter.paragraph", and every paragraph, numbered item and quote has a permanent address.`, '',
    '## Publications', ''];
  for (const p of site.publications) {
    lines.push(`- [${p.title}](${at.absolute(paths.publication(p.id))}): ${p.summary}`);
  }
  lines.push('', '## Data', '',
    `- [Every numbered item, as CSV](${at.absolute(CORPUS_FILES.numberedItemsCsv)})`,
    `- [Every numbered item, as JSON](${at.absolute(CORPUS_FILES.numberedItemsJson)})`,
    `- [Every quote, as CSV](${at.absolute(CORPUS_FILES.quotesCsv)})`,
    `- [Every quote, as JSON](${at.absolute(CORPUS_FILES.quotesJson)})`,
    ...site.publications.map((p) => `- [${p.title}, full text as JSON](${at.absolute(CORPUS_FILES.publicationText(p.id))})`),
    ...site.datasets.map((d) => `- [${d.title}](${at.absolute(paths.dataset(d.id))}): ${d.description}`),
    '', '## Optional', '',
    `- [The publications' whole text](${at.absolute(CORPUS_FILES.llmsFull)})`,
    '');
  return lines.join('\n');
}

export function llmsFullTxt(site: SiteContent, at: Addressing): string {
  const lookup = siteLookup(site);
  const out = [`# ${site.config.name}`, '', `> ${site.config.description}`, ''];
  for (const p of site.publications) {
    out.push(`## ${p.title}`, '', [p.publisher, p.date].filter(Boolean).join(', '), '', `Online at ${at.absolute(paths.publication(p.id))}${hasPdf(p) ? `; PDF at ${at.absolute(pdfPath(p.id))}` : ''}.`, '');
    for (const c of lookup.chaptersOf(p.id)) {
      out.push(`### ${c.data.title}`, '', `Online at ${at.absolute(paths.chapter(p.id, c.slug))}`, '');
      for (const b of c.extract.blocks) out.push(`${b.label ?? b.number} ${b.readable ?? b.text}`, '');
    }
  }
  return out.join('\n');
}
