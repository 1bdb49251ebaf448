/**
 * The published pages and files that the content would no longer make, found before building.
 * Every page and file of the site follows from the content (chapters, publications, datasets,
 * themes, recommendations, quotes), so a deleted dataset or a renamed theme is caught by the
 * content check (and `npm run permalinks`), not only by the check of the built site afterwards.
 * One error per thing that is gone (a dataset, a theme…), naming all of its pages and files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { finding, type Finding } from '../findings.ts';
import type { RuleId } from '../rules.ts';
import type { SiteContent } from '../model.ts';
import { knownPages } from '../check/links.ts';
import { parseLocatedYaml } from '../load/yaml.ts';
import { citationFiles } from '../citations/files.ts';
import { quoteEntries, quoteRoles } from '../kinds/quote.ts';
import { matchAddress, paths, pdfPath } from '../addresses.ts';
import type { Registry } from './registry.ts';
import { MOVES_FILE, moveLine, type Moves } from '../load/moves.ts';
import { addMoves, chapterFileOf } from './check.ts';
import { CONTENT_FILES, datasetFile, publicationFile } from '../load/files.ts';
import { hasPdf } from '../publication-formats.ts';
import { CORPUS_FILES } from '../corpus/files.ts';
import { CORPUS_SCHEMAS, schemaPath, type CorpusSchemaName } from '../corpus/schemas.ts';

const THEMES_FILE = CONTENT_FILES.themes;

/** Every page and file the content makes (what the build's own check finds in dist/), moved pages' redirects excepted. */
export function contentPages(content: SiteContent): Set<string> {
  const pages = new Set(knownPages(content).keys());
  for (const p of content.publications) if (hasPdf(p)) pages.add(pdfPath(p.id));
  for (const d of content.datasets) {
    pages.add(paths.datasetEmbed(d.id));
    for (const format of ['csv', 'json', 'png'] as const) pages.add(paths.datasetFile(d.id, format));
  }
  for (const f of citationFiles(content, 'https://example.org', '/')) pages.add(`/citations/${f.path}`);
  for (const t of content.themes) if (content.recommendations.some((r) => r.theme === t.id)) pages.add(paths.recommendationsByTheme(t.id));
  for (const p of content.publications) if (content.recommendations.some((r) => r.publication === p.id)) pages.add(paths.recommendationsByPublication(p.id));
  const quotes = quoteEntries(content);
  for (const theme of new Set(quotes.flatMap((q) => (q.theme === undefined ? [] : [q.theme])))) pages.add(paths.quotesByTheme(theme));
  for (const role of quoteRoles(quotes)) pages.add(paths.quotesByRole(role.slug));
  pages.add(paths.feed());
  // The corpus as data, and each publication's full text and history of changes.
  for (const file of [CORPUS_FILES.numberedItemsCsv, CORPUS_FILES.numberedItemsJson, CORPUS_FILES.quotesCsv, CORPUS_FILES.quotesJson, CORPUS_FILES.llms, CORPUS_FILES.llmsFull]) pages.add(file);
  for (const name of Object.keys(CORPUS_SCHEMAS) as CorpusSchemaName[]) pages.add(schemaPath(name));
  for (const p of content.publications) {
    pages.add(CORPUS_FILES.publicationText(p.id));
    pages.add(paths.history(p.id));
  }
  for (const status of new Set(content.progress.map((p) => p.status))) pages.add(paths.recommendationsByStatus(status));
  return pages;
}

type Group = { kind: 'dataset' | 'chapter' | 'recommendations' | 'theme' | 'publication' | 'role' | 'other'; id: string; pages: string[] };

/** What made a published page: "/data/x.csv" → the dataset x (the URL scheme says: src/lib/addresses.ts). */
function madeBy(page: string): Pick<Group, 'kind' | 'id'> {
  const m = matchAddress(page);
  const p = m?.params ?? {};
  switch (m?.owner) {
    case 'dataset': return { kind: 'dataset', id: p['id']! };
    case 'chapter': return { kind: 'chapter', id: `${p['publication']}/${p['chapter']}` };
    case 'numbered-items': return { kind: 'recommendations', id: p['code']! };
    case 'theme': return { kind: 'theme', id: p['theme']! };
    case 'publication': return { kind: 'publication', id: p['publication']! };
    case 'speaker': return { kind: 'role', id: p['role']! };
    default: return { kind: 'other', id: page };
  }
}

/** The line of a YAML or JSON file where `path` is, if the file is there. */
function lineIn(root: string, file: string, path: PropertyKey[]): number | undefined {
  const full = join(root, file);
  if (!existsSync(full)) return undefined;
  const text = readFileSync(full, 'utf8');
  if (file.endsWith('.json')) {
    const at = text.split('\n').findIndex((l) => new RegExp(`^\\s*"${String(path[0])}"\\s*:`).test(l));
    return at === -1 ? undefined : at + 1;
  }
  const yaml = parseLocatedYaml(text);
  return yaml.syntaxError ? undefined : yaml.lineOf(path);
}

/** Pages first (the addresses people read), then files; a long list is cut short. */
const list = (all: readonly string[]): string => {
  const pages = [...all.filter((p) => p.endsWith('/')), ...all.filter((p) => !p.endsWith('/'))];
  return pages.length <= 8 ? pages.join(', ') : `${pages.slice(0, 6).join(', ')} and ${pages.length - 6} more`;
};
const them = (pages: readonly string[]): string => (pages.length === 1 ? 'it' : 'them');
const files = (pages: readonly string[]): string[] => pages.filter((p) => !p.endsWith('/'));

const error = (file: string, line: number | undefined, rule: RuleId, message: string, fix: string): Finding => finding(file, line, rule, message, fix);

/**
 * Published pages and files the content no longer makes, and moves of pages to pages it does not
 * make. `reported`: chapter pages already reported (with their anchors) by the fragment check;
 * their citation files go with them.
 */
export function checkContentPages(registry: Registry, content: SiteContent, root: string, reported: ReadonlySet<string> = new Set()): Finding[] {
  const moves = content.moves;
  const made = contentPages(content);
  const findings: Finding[] = [];
  for (const [from, to] of moves.pages) {
    if (!made.has(to) && !moves.pages.has(to)) {
      findings.push(error(MOVES_FILE, moveLine(moves, 'pages', from), 'move-target-missing', `${from} is declared as moved to ${to}, but the site has no such page`, 'give the path of a page the site has now, ending in "/"'));
    } else if (made.has(from) && !content.chapters.some((c) => paths.chapter(c.data.publication, c.slug) === from)) {
      findings.push(error(MOVES_FILE, moveLine(moves, 'pages', from), 'move-shadowed', `${from} is declared as moved, but the site still makes that page`, 'remove the line'));
    }
  }
  const groups = new Map<string, Group>();
  for (const page of registry.pages) {
    if (made.has(page) || moves.pages.has(page) || reported.has(page)) continue;
    const by = madeBy(page);
    if (by.kind === 'chapter' && reported.has(`/${by.id}/`)) continue;
    const key = `${by.kind}\0${by.id}`;
    if (!groups.has(key)) groups.set(key, { ...by, pages: [] });
    groups.get(key)!.pages.push(page);
  }
  const published = new Set(registry.pages);
  for (const group of groups.values()) findings.push(groupFinding(group, content, root, published, moves));
  return findings;
}

function groupFinding({ kind, id, pages }: Group, content: SiteContent, root: string, published: ReadonlySet<string>, moves: Moves): Finding {
  const gone = `every link to ${them(pages)} would break`;
  switch (kind) {
    case 'dataset': {
      const fresh = content.datasets.filter((d) => !published.has(paths.dataset(d.id)));
      const renamed = fresh.length === 1 ? fresh[0]! : undefined;
      return error(renamed ? renamed.file : datasetFile(id), renamed ? lineIn(root, renamed.file, ['id']) : undefined, 'page-removed',
        `the dataset ${id} was published, but there is no ${datasetFile(id)} now, so the site would no longer make ${list(pages)}: ${gone}` +
        (renamed ? `. The new dataset ${renamed.file} looks like it, renamed` : ''),
        `a published dataset keeps its id for ever, because its downloads and citation files (.csv, .json, .png, .bib, .ris) cannot move: ` +
        (renamed ? `give ${renamed.file} its old name ${id}.json and "id": "${id}" back` : `put ${datasetFile(id)} back as it was (git checkout HEAD -- ${datasetFile(id)})`) +
        `. It need not be shown in a chapter: its own page ${paths.dataset(id)} shows it`);
    }
    case 'chapter': {
      const page = `/${id}/`;
      const to = moves.pages.get(page);
      const publication = id.split('/')[0]!;
      if (to !== undefined) {
        return error(MOVES_FILE, moveLine(moves, 'pages', page), 'page-removed',
          `the citation files of the chapter ${page} (${list(pages)}) were published, but a chapter keeps them only when it moves to another chapter or to its publication's page, and ${to} is neither: ${gone}`,
          `point the move at the chapter that replaces it, or, for a chapter deleted for good, at its publication's page (/${publication}/); or give the chapter back (git checkout HEAD -- ${chapterFileOf(page)})`);
      }
      return error(chapterFileOf(page), undefined, 'page-removed',
        `${list(pages)} ${pages.length === 1 ? 'was' : 'were'} published, but ${chapterFileOf(page)} is gone, so the site would no longer make ${them(pages)}: ${gone}`,
        files(pages).length === pages.length
          ? `give the chapter file its old name back, or declare where the chapter went: ${addMoves(moves, 'pages', [[page, `/${publication}/<new-name>/`]])}`
          : `if you renamed the chapter file, give it its old name back or declare where it went; if you deleted it on purpose, send its readers to the publication’s contents page: ${addMoves(moves, 'pages', [[page, `/${publication}/`]])}`);
    }
    case 'recommendations': {
      const publication = content.publications.find((p) => p.code === id);
      if (!publication) {
        const fresh = content.publications.filter((p) => content.recommendations.some((r) => r.publication === p.id) && !published.has(paths.recommendation(p.code, 1)));
        const recoded = fresh.length === 1 ? fresh[0]! : undefined;
        return error(recoded ? recoded.file : MOVES_FILE, recoded ? lineIn(root, recoded.file, ['code']) : undefined, 'page-removed',
          `the recommendation pages and citation files with the code ${id} (${list(pages)}) were published, but no publication has the code ${id} now` +
          (recoded ? `; ${recoded.file} has the code ${recoded.code}, which looks changed` : '') + `: ${gone}`,
          `a publication’s code is part of its recommendations’ addresses, which cannot change: ${recoded ? `set its code back to ${id}` : `give the publication the code ${id} back`}`);
      }
      const numbers = [...new Set(pages.map((p) => /-(\d+)(?:\/|\.bib|\.ris)$/.exec(p)?.[1]))].filter(Boolean).join(', ');
      return error(publication.file, lineIn(root, publication.file, ['code']), 'page-removed',
        `recommendation ${numbers} of ${publication.id} (code ${id}) ${numbers.includes(',') ? 'were' : 'was'} published with ${list(pages)}, but the publication has no recommendation ${numbers} now: ${gone}`,
        `a published recommendation keeps its number and its page for ever: put it back in its chapter with the same number; to withdraw it, keep it and say so in its text and in the publication’s corrections:`);
    }
    case 'theme': {
      const theme = content.themes.find((t) => t.id === id);
      const listing = (p: string): string => (p.startsWith('/quotes/') ? paths.quotes() : p.startsWith('/recommendations/') ? paths.recommendations() : paths.themes());
      const themeLine = (themeId: string): number | undefined => {
        const full = join(root, THEMES_FILE);
        if (!existsSync(full)) return undefined;
        const yaml = parseLocatedYaml(readFileSync(full, 'utf8'));
        const index = Array.isArray(yaml.data) ? (yaml.data as { id?: unknown }[]).findIndex((t) => t?.id === themeId) : -1;
        return index === -1 ? undefined : yaml.lineOf([index, 'id']);
      };
      if (theme) {
        return error(THEMES_FILE, themeLine(id), 'page-removed',
          `${list(pages)} ${pages.length === 1 ? 'was' : 'were'} published, but the theme ${id} has no ${pages.every((p) => p.startsWith('/quotes/')) ? 'quotes' : 'numbered items'} now, so the site would no longer make ${them(pages)}: ${gone}`,
          `send ${pages.length === 1 ? 'its' : 'their'} readers to the full list: ${addMoves(moves, 'pages', pages.map((p) => [p, listing(p)]))}`);
      }
      const fresh = content.themes.filter((t) => !published.has(paths.theme(t.id)));
      const renamed = fresh.length === 1 ? fresh[0]! : undefined;
      const made = contentPages(content);
      return error(THEMES_FILE, renamed ? themeLine(renamed.id) : undefined, 'page-removed',
        `the theme ${id} was published (${list(pages)}), but ${THEMES_FILE} has no theme ${id} now` + (renamed ? `; the theme ${renamed.id} looks like it, renamed` : '') + `: ${gone}`,
        renamed
          ? `if you renamed it, give it its old id back, or send its pages to the new ones: ${addMoves(moves, 'pages', pages.map((p) => { const to = p.replace(`/${id}/`, `/${renamed.id}/`); return [p, made.has(to) ? to : listing(p)]; }))}`
          : `if you deleted it on purpose, send its readers to the lists: ${addMoves(moves, 'pages', pages.map((p) => [p, listing(p)]))}; if you renamed it, give it its old id back`);
    }
    case 'publication': {
      const publication = content.publications.find((p) => p.id === id);
      const movable = pages.filter((p) => p.endsWith('/'));
      const pdf = files(pages);
      if (publication) {
        return error(publication.file, pdf.length > 0 ? lineIn(root, publication.file, ['format']) : undefined, 'page-removed',
          `${list(pages)} ${pages.length === 1 ? 'was' : 'were'} published, but ${publication.id} no longer makes ${them(pages)}: ${gone}`,
          pdf.length > 0
            ? `a published PDF keeps its address for ever: give the publication its old format back`
            : `send ${pages.length === 1 ? 'its' : 'their'} readers to the full list: ${addMoves(moves, 'pages', movable.map((p) => [p, paths.recommendations()]))}`);
      }
      const fresh = content.publications.filter((p) => !published.has(paths.publication(p.id)));
      const renamed = fresh.length === 1 ? fresh[0]! : undefined;
      return error(renamed ? renamed.file : publicationFile(id), undefined, 'page-removed',
        `the publication ${id} was published (${list(pages)}), but there is no ${publicationFile(id)} now` + (renamed ? `; ${renamed.file} looks like it, renamed` : '') + `: ${gone}`,
        pdf.length > 0
          ? `a published publication keeps its id for ever, because its PDF (${list(pdf)}) cannot move: ${renamed ? `give ${renamed.file} its old name ${id}.yaml back, and its chapters’ folder its old name` : `put ${publicationFile(id)} back (git checkout HEAD -- ${publicationFile(id)})`}`
          : `${renamed ? 'if you renamed it, give it its old id back or send its readers to the new pages' : 'if you deleted it on purpose, send its readers to the home page'}: ${addMoves(moves, 'pages', movable.map((p) => [p, p.startsWith('/recommendations/') ? paths.recommendations() : renamed ? paths.publication(renamed.id) : paths.home()]))}`);
    }
    case 'role': {
      const quotes = quoteEntries(content);
      const fresh = quoteRoles(quotes).filter((r) => !published.has(paths.quotesByRole(r.slug)));
      const renamed = fresh.length === 1 ? quotes.find((q) => q.roleSlug === fresh[0]!.slug) : undefined;
      const to = renamed ? paths.quotesByRole(renamed.roleSlug) : paths.quotes();
      return error(renamed ? renamed.place.file : MOVES_FILE, renamed?.place.line, 'page-removed',
        `${list(pages)} was published, but no quote is by that speaker now` + (renamed ? `; the quote at line ${renamed.place.line}, now by “${renamed.by}”, looks like it, renamed` : '') + `: ${gone}`,
        `${renamed ? 'if you renamed the speaker, give the quote its old speaker back, or' : 'if you deleted the speaker’s last quote on purpose,'} send the page’s readers ${renamed ? 'to the new one' : 'to the list of quotes'}: ${addMoves(moves, 'pages', pages.map((p) => [p, to]))}`);
    }
    case 'other':
      return error(MOVES_FILE, undefined, 'page-removed', `${list(pages)} was published and the content no longer makes it: ${gone}`,
        pages[0]!.endsWith('/') ? `if it was renamed, ${addMoves(moves, 'pages', [[pages[0]!, '<its new path>']])}` : 'a published file keeps its address for ever: give back what made it');
  }
}
