/** Load and check news coverage and the press room's choices. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { finding, type Finding } from '../findings.ts';
import type { RuleId } from '../rules.ts';
import { coverageSchema, pressRoomSchema, type Coverage, type PressRoom } from '../../schemas/coverage.ts';
import { readYamlFile } from './read-located.ts';
import { readQuotedFile } from './text-file.ts';
import { schemaFindings } from './schema-findings.ts';
import { textIsIn } from './traceability.ts';
import type { Moves } from './moves.ts';

import { CONTENT_FILES } from './files.ts';
import { typeset } from '../typography.ts';

export const COVERAGE_FILE = CONTENT_FILES.coverage;
export const PRESS_FILE = CONTENT_FILES.press;

const error = (file: string, line: number, rule: RuleId, message: string, fix: string): Finding => finding(file, line, rule, message, fix);

export function loadCoverage(root: string, publicationIds: ReadonlySet<string>, findings: Finding[]): Coverage[] {
  const path = join(root, COVERAGE_FILE);
  if (!existsSync(path)) return [];
  const yaml = readYamlFile(root, COVERAGE_FILE, findings);
  if (!yaml) return [];
  const list = Array.isArray(yaml.data) ? yaml.data : [];
  const out: Coverage[] = [];
  list.forEach((raw, index) => {
    const result = coverageSchema.safeParse(raw);
    if (!result.success) {
      findings.push(...schemaFindings(COVERAGE_FILE, result.error, raw, (p) => yaml.lineOf([index, ...p]), 'compare with the example at the top of the file'));
      return;
    }
    const item = result.data;
    if (!publicationIds.has(item.about)) findings.push(error(COVERAGE_FILE, yaml.lineOf([index, 'about']), 'unknown-publication', `"about" names "${item.about}", which is not a publication`, `use one of: ${[...publicationIds].join(', ')}`));
    const sourcePath = join(root, CONTENT_FILES.sources, item.source);
    if (!existsSync(sourcePath)) {
      findings.push(error(COVERAGE_FILE, yaml.lineOf([index, 'source']), 'unknown-document', `"source" names "${item.source}", which is not in data/sources/`, 'save the article text in data/sources/ and name that file'));
    } else {
      // A source not saved as UTF-8 has its own error: the quotes are checked once it is.
      const article = readQuotedFile(sourcePath, `${CONTENT_FILES.sources}/${item.source}`, findings);
      if (article !== undefined) {
        if (!textIsIn(item.headline, article)) findings.push(error(COVERAGE_FILE, yaml.lineOf([index, 'headline']), 'statement-not-in-source', 'the headline is not the one in the article', 'copy the headline exactly as the article has it'));
        item.quotes.forEach((quote, q) => {
          if (!textIsIn(quote.text, article)) findings.push(error(COVERAGE_FILE, yaml.lineOf([index, 'quotes', q, 'text']), 'statement-not-in-source', `quotes[${q}] is not in the article`, 'quote the article word for word'));
        });
      }
    }
    // Shown with the site's typographic apostrophes; checked above as written.
    out.push({ ...typeset(item, ['headline', 'summary', 'outlet']), quotes: item.quotes.map((q) => typeset(q, ['text', 'by'])) });
  });
  return out;
}

/** What the press room's quotes depend on besides the quotes themselves. */
export interface PressRoomContext {
  /** Chapters ("<publication>/<slug>") with errors of their own: their quotes are checked once those are fixed. */
  chaptersWithErrors?: ReadonlySet<string>;
  /** Moved pages, so a quote in a renamed chapter is pointed to the chapter's new name. */
  moves?: Pick<Moves, 'pages'>;
}

export function loadPressRoom(root: string, quoteRefs: ReadonlySet<string>, findings: Finding[], context: PressRoomContext = {}): PressRoom {
  const path = join(root, PRESS_FILE);
  if (!existsSync(path)) return { featuredQuotes: [] };
  const yaml = readYamlFile(root, PRESS_FILE, findings);
  if (!yaml) return { featuredQuotes: [] };
  const result = pressRoomSchema.safeParse(yaml.data);
  if (!result.success) {
    findings.push(...schemaFindings(PRESS_FILE, result.error, yaml.data, yaml.lineOf, 'write each as "<publication>/<chapter>#<quote anchor>"'));
    return { featuredQuotes: [] };
  }
  result.data.featuredQuotes.forEach((ref, i) => {
    if (quoteRefs.has(ref)) return;
    const [chapter = '', anchor = ''] = ref.split('#');
    if (context.chaptersWithErrors?.has(chapter)) return;
    const line = yaml.lineOf(['featuredQuotes', i]);
    const movedTo = context.moves?.pages.get(`/${chapter}/`)?.replace(/^\/|\/$/g, '');
    const renamed = movedTo ? `${movedTo}#${anchor}` : undefined;
    if (renamed && quoteRefs.has(renamed)) {
      findings.push(error(PRESS_FILE, line, 'unknown-quote', `"${ref}" names the chapter "${chapter}", which moved to "${movedTo}" (src/content/moves.yaml)`, `write "${renamed}"`));
    } else {
      findings.push(error(PRESS_FILE, line, 'unknown-quote', `"${ref}" is not a quote on the site`, 'copy the quote’s link from the Quotes page: its chapter and its #quote-… anchor'));
    }
  });
  return result.data;
}
