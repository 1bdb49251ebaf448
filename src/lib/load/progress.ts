/**
 * src/content/progress.yaml: what later happened to numbered items. Each entry names its item,
 * the date, a status and its source: a sentence on this site (checked word for word against the
 * chapter, which gives its anchor) or an outside document's address and title.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { finding, type Finding } from '../findings.ts';
import type { ChapterEntry, ExtractedRecommendation, ProgressEntry, PublicationEntry } from '../model.ts';
import { progressEntrySchema } from '../../schemas/progress.ts';
import { parseLocatedYaml } from './yaml.ts';
import { schemaFindings } from './schema-findings.ts';
import { blockStating } from './traceability.ts';
import { CONTENT_FILES } from './files.ts';

export function loadProgress(
  root: string,
  site: { publications: readonly PublicationEntry[]; chapters: readonly ChapterEntry[]; recommendations: readonly ExtractedRecommendation[] },
  findings: Finding[],
  chaptersWithErrors: ReadonlySet<string>,
): ProgressEntry[] {
  const file = CONTENT_FILES.progress;
  const path = join(root, file);
  if (!existsSync(path)) return [];
  const yaml = parseLocatedYaml(readFileSync(path, 'utf8'));
  if (yaml.syntaxError) {
    findings.push(finding(file, yaml.syntaxError.line, 'yaml-syntax', yaml.syntaxError.message, yaml.syntaxError.fix ?? 'fix the YAML on this line', yaml.syntaxError.column));
    return [];
  }
  if (yaml.data === null || yaml.data === undefined) return [];
  if (!Array.isArray(yaml.data)) {
    findings.push(finding(file, 1, 'invalid-file', 'the progress file must be a list', 'start each entry with "- item: <code>-<number>"'));
    return [];
  }
  const out: ProgressEntry[] = [];
  yaml.data.forEach((raw: unknown, index) => {
    const lineOf = (p: readonly PropertyKey[]): number => yaml.lineOf([index, ...p]);
    const result = progressEntrySchema.safeParse(raw);
    if (!result.success) {
      findings.push(...schemaFindings(file, result.error, raw, lineOf, 'see EDITING.md, “What happened next”, for an entry’s fields'));
      return;
    }
    const entry = result.data;
    const [code, n] = [entry.item.slice(0, entry.item.lastIndexOf('-')), Number(entry.item.slice(entry.item.lastIndexOf('-') + 1))];
    const publication = site.publications.find((p) => p.code === code);
    if (!publication || !site.recommendations.some((r) => r.publication === publication.id && r.number === n)) {
      findings.push(finding(file, lineOf(['item']), 'unknown-item', `"${entry.item}" is not a numbered item of the site`,
        publication ? `${publication.id} has no item ${n}: check the number` : `use a publication's code (${site.publications.map((p) => p.code).join(', ')}) and the item's number, as in its address /recommendations/<code>-<number>/`));
      return;
    }
    let source: ProgressEntry['source'];
    if ('url' in entry.source) {
      source = { kind: 'web', url: entry.source.url, title: entry.source.title };
    } else {
      const { publication: pub, chapter: slug, text } = entry.source;
      if (chaptersWithErrors.has(`${pub}/${slug}`)) return;
      const chapter = site.chapters.find((c) => c.data.publication === pub && c.slug === slug);
      if (!chapter) {
        findings.push(finding(file, lineOf(['source', 'chapter']), 'unknown-chapter', `source names the chapter "${pub}/${slug}", which does not exist`, 'give the publication id and the chapter file name (without .mdx) that carry the sentence'));
        return;
      }
      const block = blockStating(text, chapter.extract.blocks);
      if (!block) {
        findings.push(finding(file, lineOf(['source', 'text']), 'statement-not-in-chapter', `source.text is not in the chapter ${pub}/${slug}`, 'copy the sentence that says what happened exactly as the chapter has it'));
        return;
      }
      source = { kind: 'site', publication: pub, chapter: slug, anchor: block.id, text };
    }
    out.push({ item: entry.item, publication: publication.id, number: n, date: entry.date, status: entry.status, source, line: lineOf([]) });
  });
  return out.sort((a, b) => a.date.localeCompare(b.date));
}
