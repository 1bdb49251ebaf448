/**
 * Load a site's content: files to the content model (src/lib/model.ts), with a finding for every
 * mistake, naming its file and line. It reads the site file, themes, publications, chapters,
 * datasets, key figures, coverage, the press room and moves, and checks each against its schema
 * and against the others (a chapter naming a theme that does not exist, numbering with a gap).
 * The site-wide checks that need every page (links, published addresses) are a separate step:
 * src/lib/check/check-site.ts. Used by `npm run check`, the build and `astro dev`.
 */
import { readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, basename, dirname } from 'node:path';
import { finding, type Finding } from '../findings.ts';
import type { RuleId } from '../rules.ts';
import { themeSchema } from '../../schemas/theme.ts';
import { publicationSchema } from '../../schemas/publication.ts';
import { chapterNumber, chapterSchema } from '../../schemas/chapter.ts';
import { ID_PATTERN } from '../../schemas/ids.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import type { ChapterEntry, PublicationEntry, SiteContent, SourceDocument, ThemeEntry } from '../model.ts';
import { parseLocatedYaml } from './yaml.ts';
import { readYamlFile } from './read-located.ts';
import { readContentFile } from './text-file.ts';
import { schemaFindings } from './schema-findings.ts';
import { parseMdx } from '../mdx/parse.ts';
import { htmlTagsAdvice, isHtmlTagName } from '../mdx/html-tags.ts';
import { extractFromTree } from '../mdx/extract.ts';
import { COMPONENTS, COMPONENT_NAMES } from '../kinds/index.ts';
import { closest, likelyAttribute, useOneOf } from './did-you-mean.ts';
import { checkNumbering } from './numbering.ts';
import { contrastRatio } from '../contrast.ts';
import { PAGE_DARK, PAGE_LIGHT, SURFACE_DARK, SURFACE_LIGHT } from '../palette.ts';
import { lintChapter } from './lint.ts';
import { codeInAttributes, writtenAsCode } from './attribute-code.ts';
import { loadData } from './data.ts';
import { loadCoverage, loadPressRoom } from './coverage.ts';
import { loadMoves } from './moves.ts';
import { loadProgress } from './progress.ts';
import { goneChapters } from '../permalinks/gone.ts';
import { readRegistry } from '../permalinks/registry.ts';
import type { ChapterCache } from './chapter-cache.ts';
import { placeholdersIn } from '../scaffold.ts';
import { normaliseForComparison } from '../fidelity.ts';
import { loadSiteConfig } from './site-config.ts';
import { CONTENT_FILES } from './files.ts';
import { RESERVED_SEGMENTS } from '../addresses.ts';
import { typeset } from '../typography.ts';

export type { ChapterEntry, PublicationEntry, SiteContent };

const THEMES_FILE = CONTENT_FILES.themes;
const PUBLICATIONS_DIR = CONTENT_FILES.publications;
const CHAPTERS_DIR = CONTENT_FILES.chapters;

/** An image file larger than this makes its page slow on a phone. */
const LARGE_IMAGE = 500 * 1024;

/** Chapter ids the site's own pages use inside a publication (/<publication>/print/, /<publication>/history/). */
const RESERVED_CHAPTER_IDS = ['print', 'history'];

const err = (file: string, line: number | undefined, rule: RuleId, message: string, fix: string): Finding => finding(file, line, rule, message, fix);

/** The extractor's errors for a component's attribute that is missing or unreadable (a numbered item's theme or number, a quote's speaker), by rule. */
const ATTRIBUTE_RULES: Partial<Record<RuleId, string>> = { 'recommendation-theme': 'theme', 'recommendation-number': 'number', 'quote-attribution': 'by' };

/** A template's placeholder left in a file made by `npm run new`: it would be published as it is. */
function placeholderFindings(file: string, text: string): Finding[] {
  return placeholdersIn(text).map(({ placeholder, line }) => err(file, line, 'scaffold-placeholder',
    `“${placeholder}” is the template’s placeholder, not the publication’s words`,
    'replace it with the words the publication itself prints; an example quote or numbered item the chapter does not have, delete; EDITING.md, “Add a chapter or a publication”, says how'));
}

/**
 * Files in the chapters' folders that are not chapters: a chapter saved as .md (or .markdown, or
 * .mdx.txt by an editor that adds its own extension) is never published, without a word.
 */
function strayChapterFiles(root: string): Finding[] {
  const dir = join(root, CHAPTERS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => !name.endsWith('.mdx') && !name.split(/[\\/]/).some((part) => part.startsWith('.')) && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => {
      const file = `${CHAPTERS_DIR}/${name.split(/[\\/]/).join('/')}`;
      const asChapter = /\.(md|markdown|mdx\.txt|txt)$/i.exec(name);
      return asChapter
        ? err(file, undefined, 'stray-file', `${basename(name)} is not read: only .mdx files are chapters, so this one would never be published`, `if it is a chapter, rename it to ${basename(name).slice(0, -asChapter[0].length)}.mdx; if not, move it out of ${CHAPTERS_DIR}/`)
        : err(file, undefined, 'stray-file', `${basename(name)} is not a chapter, and files here are not published`, `move it out of ${CHAPTERS_DIR}/ (images go in public/images/)`);
    });
}

function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => join(dir, name))
    .sort();
}

/**
 * The themes whose entries validate. `failed` gets the ids of those that do not: their own errors
 * are reported, and chapters, recommendations and datasets naming them are not also told that no
 * such theme exists.
 */
/**
 * A word the site file should list (a theme kind, a format, a word for numbered items). While the
 * site file itself has an error its lists are not known, so any word is taken as it is, without a
 * second error for every file that names one.
 */
function wordOf<T extends { id: string }>(list: readonly T[], id: string | undefined, siteFileRead: boolean, stand: (id: string) => T): T | undefined {
  if (id === undefined) return list[0];
  return list.find((entry) => entry.id === id) ?? (siteFileRead ? undefined : stand(id));
}

function loadThemes(root: string, config: SiteConfig, siteFileRead: boolean, findings: Finding[], failed: Set<string>): ThemeEntry[] {
  const file = THEMES_FILE;
  const path = join(root, file);
  if (!existsSync(path)) {
    findings.push(err(file, undefined, 'missing-file', 'the themes file is missing', `create ${file} with a list of themes`));
    return [];
  }
  const yaml = readYamlFile(root, file, findings);
  if (!yaml) return [];
  if (!Array.isArray(yaml.data)) {
    findings.push(err(file, 1, 'invalid-file', 'the themes file must be a list', 'start each theme with "- id: …"'));
    return [];
  }
  const themes: ThemeEntry[] = [];
  const lines = yaml.text.split('\n');
  yaml.data.forEach((raw, index) => {
    const result = themeSchema.safeParse(raw);
    if (result.success) {
      const kindEntry = wordOf(config.themeKinds, result.data.kind, siteFileRead, (id) => ({ id, label: id, plural: id }));
      if (kindEntry) themes.push({ ...typeset(result.data, ['name', 'description']), kindEntry });
      else {
        failed.add(result.data.id);
        findings.push(err(file, yaml.lineOf([index, 'kind']), 'unknown-theme-kind', `field "kind" is "${result.data.kind}", which is not one of the theme kinds in ${CONTENT_FILES.site}`, `use one of: ${config.themeKinds.map((k) => k.id).join(', ')}, or add it under themeKinds: in ${CONTENT_FILES.site}`));
      }
      return;
    }
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id === 'string') failed.add(id);
    for (const finding of schemaFindings(file, result.error, raw, (p) => yaml.lineOf([index, ...p]), 'see the other themes in this file for the expected fields')) {
      // "colour: #1f6b3a" reads as an empty value: in YAML, # starts a comment.
      const written = finding.line === undefined ? undefined : lines[finding.line - 1];
      const commented = written !== undefined && /^\s*(?:-\s*)?colour:\s*#/.test(written);
      findings.push(commented
        ? { ...finding, message: 'field "colour" is read as empty: in YAML a # starts a comment', fix: `put the colour in quotes: colour: "${/#[0-9a-fA-F]{3,8}/.exec(written)?.[0] ?? '#1f6b3a'}"` }
        : finding);
    }
  });
  // Theme colours colour text (labels, marks): they must reach 4.5:1 on the pages and panels.
  yaml.data.forEach((raw, index) => {
    const theme = themes.find((t) => t === raw || t.id === (raw as { id?: unknown } | null)?.id);
    if (!theme) return;
    for (const [field, backgrounds, darker] of [['colour', [PAGE_LIGHT, SURFACE_LIGHT], 'darker'], ['colourDark', [PAGE_DARK, SURFACE_DARK], 'lighter']] as const) {
      const worst = Math.min(...backgrounds.map((bg) => contrastRatio(theme[field], bg)));
      if (worst < 4.5) {
        findings.push(err(file, yaml.lineOf([index, field]), 'low-contrast', `field "${field}" ("${theme[field]}") has a contrast of ${worst.toFixed(1)}:1 with the ${field === 'colour' ? 'light' : 'dark'} page, and theme text needs 4.5:1`, `choose a ${darker} colour; check it with any WCAG contrast checker against ${backgrounds.join(' and ')}`));
      }
    }
  });
  const seen = new Set<string>();
  themes.forEach((theme, index) => {
    if (seen.has(theme.id)) findings.push(err(file, yaml.lineOf([index, 'id']), 'duplicate-id', `theme id "${theme.id}" is used twice`, 'give each theme its own id'));
    seen.add(theme.id);
  });
  return themes.sort((a, b) => a.order - b.order);
}

/**
 * The publications whose YAML reads and validates. `failed` gets the ids of those that do not: their
 * own errors are reported, and chapters naming them are not also told that no such publication exists.
 */
function loadPublications(root: string, config: SiteConfig, siteFileRead: boolean, findings: Finding[], failed: Set<string>): PublicationEntry[] {
  const publications: PublicationEntry[] = [];
  for (const path of listFiles(join(root, PUBLICATIONS_DIR), '.yaml')) {
    const file = relative(root, path);
    const id = basename(path, '.yaml');
    if (!ID_PATTERN.test(id)) {
      findings.push(err(file, undefined, 'invalid-id', `the file name "${id}" cannot be a publication id`, 'rename the file with lower-case letters, digits and hyphens, e.g. 2024-annual-report.yaml'));
      continue;
    }
    if (RESERVED_SEGMENTS.includes(id)) {
      findings.push(err(file, undefined, 'invalid-id', `the publication id "${id}" is the address of one of the site's own pages (/${id}/)`, `rename the file (and its chapters' folder), e.g. ${id}-report.yaml`));
      continue;
    }
    const yaml = readYamlFile(root, file, findings);
    if (!yaml) {
      failed.add(id);
      continue;
    }
    findings.push(...placeholderFindings(file, yaml.text));
    const result = publicationSchema.safeParse(yaml.data);
    if (result.success) {
      const itemWords = wordOf(config.numberedItems, result.data.numberedItem, siteFileRead, (id) => ({ id, singular: id, plural: `${id}s` }));
      const formatEntry = wordOf(config.formats, result.data.format, siteFileRead, (id) => ({ id, label: id, noun: id, readAs: 'chapters' as const }));
      if (!itemWords) findings.push(err(file, yaml.lineOf(['numberedItem']), 'unknown-numbered-item', `field "numberedItem" is "${result.data.numberedItem}", which is not one of the words for numbered items in ${CONTENT_FILES.site}`, `use one of: ${config.numberedItems.map((w) => w.id).join(', ')}, or add it under numberedItems: in ${CONTENT_FILES.site}`));
      if (!formatEntry) findings.push(err(file, yaml.lineOf(['format']), 'unknown-format', `field "format" is "${result.data.format}", which is not one of the formats in ${CONTENT_FILES.site}`, `use one of: ${config.formats.map((f) => f.id).join(', ')}, or add it under formats: in ${CONTENT_FILES.site}`));
      if (itemWords && formatEntry) publications.push({ ...typeset(result.data, ['title', 'subtitle', 'shortTitle', 'summary', 'acknowledgement', 'rights']), id, file, itemWords, formatEntry });
      else failed.add(id);
    } else {
      failed.add(id);
      const model = listFiles(join(root, PUBLICATIONS_DIR), '.yaml').map((p) => relative(root, p)).find((other) => other !== file);
      findings.push(...schemaFindings(file, result.error, yaml.data, yaml.lineOf, model ? `compare with ${model}` : 'see EDITING.md, “Add a chapter or a publication”, for the fields'));
    }
  }
  return publications.sort((a, b) => a.order - b.order);
}

/**
 * What reading a chapter gave, by file, kept for as long as this module is loaded. A chapter's
 * entry depends only on its path and its text, so when `astro dev` reloads the content after an
 * editor saves one chapter, the others are not parsed again. (Between builds, the chapter cache on
 * disk does the same: chapter-cache.ts.)
 */
const chapterMemo = new Map<string, { source: string; entry: ChapterEntry | undefined; findings: Finding[] }>();

/** What checking a chapter gave, as kept in the chapter cache between builds (JSON). */
interface StoredChapter {
  entry: ChapterEntry | null;
  findings: Finding[];
}

function loadChapterOnce(root: string, path: string, findings: Finding[], cache: ChapterCache | undefined): ChapterEntry | undefined {
  const key = `${root}\0${path}`;
  const file = relative(root, path);
  const read = readContentFile(path, file);
  if (!read.ok) {
    chapterMemo.delete(key);
    findings.push(read.finding);
    return undefined;
  }
  const source = read.text;
  const memo = chapterMemo.get(key);
  if (memo?.source === source) {
    // Still this run's: the cache keeps what this run used.
    if (cache && cache.get(file, source) === undefined) cache.set(file, source, { entry: memo.entry ?? null, findings: memo.findings } satisfies StoredChapter);
    findings.push(...memo.findings);
    return memo.entry;
  }
  const stored = cache?.get(file, source) as StoredChapter | undefined;
  const own: Finding[] = stored ? stored.findings : [];
  const entry = stored ? (stored.entry ?? undefined) : loadChapter(root, path, source, own);
  if (!stored) cache?.set(file, source, { entry: entry ?? null, findings: own } satisfies StoredChapter);
  chapterMemo.set(key, { source, entry, findings: own });
  findings.push(...own);
  return entry;
}

function loadChapter(root: string, path: string, source: string, findings: Finding[]): ChapterEntry | undefined {
  const file = relative(root, path);
  const parts = relative(join(root, CHAPTERS_DIR), path).split(/[\\/]/);
  const slug = basename(path, '.mdx');
  const folder = parts.length === 2 ? parts[0]! : '';
  if (parts.length !== 2) {
    findings.push(err(file, undefined, 'misplaced-file', 'a chapter must sit in its publication’s folder', `move it to ${CHAPTERS_DIR}/<publication-id>/${slug}.mdx`));
    return undefined;
  }
  if (!ID_PATTERN.test(slug)) {
    findings.push(err(file, undefined, 'invalid-id', `the file name "${slug}" cannot be part of a web address`, 'rename the file with lower-case letters, digits and hyphens, e.g. waiting-lists.mdx'));
    return undefined;
  }
  if (RESERVED_CHAPTER_IDS.includes(slug)) {
    findings.push(err(file, undefined, 'invalid-id', `the chapter id "${slug}" is the address of a page the site makes for every publication (/${folder}/${slug}/)`, `rename the file, e.g. ${slug}-chapter.mdx`));
    return undefined;
  }
  const parsed = parseMdx(file, source);
  if (!parsed.ok) {
    findings.push(parsed.finding);
    return undefined;
  }
  findings.push(...placeholderFindings(file, source));
  const yamlNode = parsed.tree.children[0]?.type === 'yaml' ? parsed.tree.children[0] : undefined;
  if (!yamlNode || !('value' in yamlNode)) {
    findings.push(err(file, 1, 'missing-frontmatter', 'the chapter has no frontmatter', 'start the file with a block between two "---" lines giving publication, order, title, shortTitle and summary'));
    return undefined;
  }
  const yaml = parseLocatedYaml(String(yamlNode.value), (yamlNode.position?.start.line ?? 1) + 1);
  if (yaml.syntaxError) {
    findings.push(finding(file, yaml.syntaxError.line, 'yaml-syntax', `frontmatter: ${yaml.syntaxError.message}`, yaml.syntaxError.fix ?? 'fix the YAML on this line (indentation, a missing colon, or a value containing ": " that needs quotes)', yaml.syntaxError.column));
    return undefined;
  }
  const result = chapterSchema.safeParse(yaml.data);
  if (!result.success) {
    findings.push(...schemaFindings(file, result.error, yaml.data, yaml.lineOf, 'compare with the frontmatter of another chapter in the same folder'));
    return undefined;
  }
  const data = typeset(result.data, ['title', 'shortTitle', 'summary']);
  if (data.publication !== folder) {
    findings.push(err(file, yaml.lineOf(['publication']), 'publication-folder', `field "publication" is "${data.publication}" but the file is in the folder "${folder}"`, `set publication: ${folder}, or move the file to the folder of its publication`));
  }
  const extract = extractFromTree(parsed.tree, { file, source, publication: data.publication, chapter: slug, order: chapterNumber(data) });
  findings.push(...extract.findings);
  const lint = lintChapter(parsed.tree, file);
  findings.push(...lint.findings);
  let unknownComponent = false;
  // "<line>:<attribute>" for each attribute that looks misspelt there.
  const misspeltAt = new Set<string>();
  for (const component of extract.components) {
    const spec = COMPONENTS.get(component.name);
    const { line, column } = component.place;
    if (!spec) {
      unknownComponent = true;
      const meant = COMPONENT_NAMES.find((n) => n.toLowerCase() === component.name.toLowerCase());
      if (!meant && isHtmlTagName(component.name)) {
        // HTML pasted from Word or a web page (<p>, <span>, <o:p>, <br>): one error per line, naming its tags.
        if (findings.some((f) => f.file === file && f.line === line && f.rule === 'unknown-component')) continue;
        const names = [...new Set(extract.components.filter((c) => c.place.line === line && isHtmlTagName(c.name)).map((c) => c.name))];
        findings.push({ file, line, column, rule: 'unknown-component', severity: 'error', ...htmlTagsAdvice(names) });
        continue;
      }
      findings.push({ file, line, column, rule: 'unknown-component', severity: 'error',
        message: `<${component.name}> is not a component this site knows`,
        fix: meant ? `write <${meant}>: a component's name starts with a capital letter`
          : `use one of ${COMPONENT_NAMES.map((n) => `<${n}>`).join(", ")} (see EDITING.md); check the spelling and capital letters` });
      continue;
    }
    // The extractor has annotated the tree: the anchors' attributes are the build's own.
    for (const attribute of Object.keys(component.attributes)) {
      if (spec.takes.includes(attribute) || spec.setByBuild.includes(attribute)) continue;
      const meant = likelyAttribute(attribute, spec.takes);
      const takes = spec.takes.length === 0 ? 'no attributes' : `only ${spec.takes.map((n) => `"${n}"`).join(', ')}`;
      findings.push({ file, line, column, rule: 'unknown-attribute', severity: 'error',
        message: `<${component.name}> has no attribute "${attribute}" (it takes ${takes}), so it would be ignored`,
        fix: meant ? `did you mean "${meant}"? Write it like ${spec.example}` : `remove it, or write it like ${spec.example}` });
      if (meant) misspeltAt.add(`${line}:${meant}`);
    }
    findings.push(...codeInAttributes(file, component, spec));
    for (const attribute of spec.required) {
      if (!(attribute in component.attributes) && !misspeltAt.has(`${line}:${attribute}`)) {
        findings.push({ file, line, column, rule: 'missing-attribute', severity: 'error',
          message: `<${component.name}> needs the attribute "${attribute}"`, fix: `write it like ${spec.example}` });
      }
    }
  }
  // A misspelt attribute is not also a missing one: "did you mean" says it all.
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i]!;
    const missing = ATTRIBUTE_RULES[f.rule];
    if (missing && f.file === file && misspeltAt.has(`${f.line}:${missing}`)) findings.splice(i, 1);
  }
  // The summary is shown as the chapter's own words (contents, search, share cards): it must be them.
  // (Text inside a component the check does not know is not read, so then it waits for the fix.)
  const chapterText = normaliseForComparison(extract.blocks.map((b) => b.text).join(' '));
  if (!unknownComponent && placeholdersIn(data.summary).length === 0 && !chapterText.includes(normaliseForComparison(data.summary))) {
    findings.push(err(file, yaml.lineOf(['summary']), 'summary-not-in-chapter', 'the summary is not word for word in the chapter’s text',
      'copy the summary from the chapter’s own text, without note numbers (“proceedings.”, not “proceedings.14.”)'));
  }
  const fieldLines = Object.fromEntries(Object.keys(data).map((field) => [field, yaml.lineOf([field])]));
  return { id: `${folder}/${slug}`, slug, file, data, extract, internalLinks: lint.internalLinks, images: lint.images, fieldLines };
}

function crossCheck(content: SiteContent, unreadable: Set<string>, failedDatasets: ReadonlySet<string>, failedPublications: ReadonlySet<string>, failedThemes: ReadonlySet<string>): void {
  const { findings, themes, publications, chapters } = content;
  const themeIds = new Set(themes.map((t) => t.id));
  const publicationIds = new Set(publications.map((p) => p.id));
  // A publication whose YAML has an error has its own finding: naming it is not a second mistake.
  const namesNoPublication = (id: string): boolean => !publicationIds.has(id) && !failedPublications.has(id);
  for (const chapter of chapters) {
    // A chapter outside its publication's folder has its publication-folder error already.
    if (namesNoPublication(chapter.data.publication) && chapter.id.startsWith(`${chapter.data.publication}/`)) {
      findings.push(err(chapter.file, chapter.fieldLines['publication'], 'unknown-publication',
        `field "publication" names "${chapter.data.publication}", which is not a publication`,
        `use one of: ${[...publicationIds].join(', ')} (files in ${PUBLICATIONS_DIR})`));
    }
    if (chapter.data.theme !== undefined && !themeIds.has(chapter.data.theme) && !failedThemes.has(chapter.data.theme)) {
      findings.push(err(chapter.file, chapter.fieldLines['theme'], 'unknown-theme',
        `field "theme" names "${chapter.data.theme}", which is not a theme`, useOneOf(chapter.data.theme, themeIds)));
    }
    for (const component of chapter.extract.components) {
      const datasetId = component.attributes['dataset'];
      if (component.name === 'Chart' && datasetId !== undefined && !writtenAsCode(component, 'dataset') && !failedDatasets.has(datasetId) && !content.datasets.some((d) => d.id === datasetId)) {
        const ids = content.datasets.map((d) => d.id);
        const meant = closest(datasetId, ids);
        findings.push(err(chapter.file, component.place.line, 'unknown-dataset', `<Chart> names the dataset "${datasetId}", which does not exist`, meant ? `did you mean "${meant}"?` : `use the id of a file in data/datasets/: ${ids.join(', ')}`));
      }
      const figureId = component.attributes['id'];
      if (component.name === 'KeyFigure' && figureId !== undefined && !writtenAsCode(component, 'id') && !content.keyFigures.some((f) => f.id === figureId)) {
        const ids = content.keyFigures.map((f) => f.id);
        const meant = closest(figureId, ids);
        findings.push(err(chapter.file, component.place.line, 'unknown-key-figure', `<KeyFigure> names "${figureId}", which is not in data/key-figures.json`, meant ? `did you mean "${meant}"?` : `use one of: ${ids.join(', ')}`));
      }
      const named = component.attributes['publication'];
      if (component.name === 'AllRecommendations' && named !== undefined && !writtenAsCode(component, 'publication') && namesNoPublication(named)) {
        findings.push(err(chapter.file, component.place.line, 'unknown-publication', `<AllRecommendations> names "${named}", which is not a publication`, `use one of: ${[...publicationIds].join(', ')}`));
      }
    }
  }
  for (const chapter of chapters) {
    // Every anchor on a chapter page must be unique, or a link to it lands in the wrong place.
    const seen = new Map<string, string>();
    const anchors = [
      ...chapter.extract.headings.map((h) => ({ id: h.id, what: `heading “${h.text}”`, recommendation: false })),
      ...chapter.extract.blocks.map((b) => ({ id: b.id, what: `${b.kind} ${b.label ?? b.number}`, recommendation: b.kind === 'recommendation' })),
    ];
    for (const { id, what, recommendation } of anchors) {
      const first = seen.get(id);
      // Two recommendations with one number share an anchor: recommendation-duplicate says so.
      if (first && recommendation && id.startsWith('recommendation-')) continue;
      if (first) findings.push(err(chapter.file, undefined, 'duplicate-id', `the anchor #${id} is used by both ${first} and ${what}`, 'give one of them another id, or remove the id written by hand'));
      else seen.set(id, what);
    }
  }
  // Images are files in public/: looked for on every check (the chapter's own check is kept while its text is unchanged).
  for (const chapter of chapters) {
    for (const image of chapter.images) {
      const path = join(content.root, 'public', decodeURIComponent(image.url.split(/[?#]/)[0]!));
      if (!existsSync(path)) {
        const folder = dirname(path);
        const there = existsSync(folder) ? readdirSync(folder).filter((f) => !f.startsWith('.')) : [];
        const meant = closest(basename(path), there);
        findings.push(finding(chapter.file, image.line, 'missing-image', `the image ${image.url} is not in public/ (there is no file ${relative(content.root, path)})`,
          meant ? `did you mean ${dirname(image.url)}/${meant}?` : `put the file at ${relative(content.root, path)}, or correct the address`, image.column));
      } else if (statSync(path).size > LARGE_IMAGE) {
        findings.push(finding(chapter.file, image.line, 'large-image', `the image ${image.url} is ${Math.round(statSync(path).size / 1024)} KB, which makes the page slow to open on a phone`,
          'save it at most 1600 pixels wide, as JPEG for a photograph or PNG for a diagram, under 500 KB', image.column));
      }
    }
  }
  for (const rec of content.recommendations) {
    if (!themeIds.has(rec.theme) && !failedThemes.has(rec.theme)) {
      findings.push(err(rec.place.file, rec.place.line, 'unknown-theme', `recommendation ${rec.number} has theme "${rec.theme}", which is not a theme`, useOneOf(rec.theme, themeIds)));
    }
  }
  const codes = new Map<string, string>();
  for (const publication of publications) {
    const other = codes.get(publication.code);
    if (other) findings.push(err(publication.file, undefined, 'duplicate-code', `code "${publication.code}" is also used by ${other}`, 'give each publication its own short code; it is part of recommendation URLs'));
    codes.set(publication.code, publication.file);
  }
  for (const publication of publications) {
    const own = chapters.filter((c) => c.data.publication === publication.id);
    const orders = new Map<number, string[]>();
    for (const c of own) orders.set(c.data.order, [...(orders.get(c.data.order) ?? []), c.file]);
    for (const [order, files] of orders) {
      if (files.length > 1) findings.push(err(files[1]!, undefined, 'duplicate-order', `order ${order} is used by ${files.join(' and ')}`, 'give each chapter of a publication its own order number'));
    }
    // A chapter keeping its published number (number: 9) must not share it with the one now at that order.
    const numbered = new Map<number, ChapterEntry>();
    for (const c of own) {
      const n = chapterNumber(c.data);
      const first = numbered.get(n);
      numbered.set(n, first ?? c);
      if (!first || (first.data.number === undefined && c.data.number === undefined)) continue;
      const free = Math.max(...own.map((o) => Math.max(o.data.order, chapterNumber(o.data)))) + 1;
      const [kept, other] = c.data.number !== undefined ? [c, first] : [first, c];
      findings.push(err(other.file, other.fieldLines['number'] ?? other.fieldLines['order'], 'duplicate-order', `its paragraphs would be numbered ${n}.1, ${n}.2…, as those of ${kept.file} (number: ${n}), so citations of the two could not be told apart`,
        `give this chapter a number no chapter of ${publication.id} has: add  number: ${free}  to its frontmatter`));
    }
    // Readers tell chapters apart by their titles: in the contents, search results, citations and PDF outline.
    for (const field of ['title', 'shortTitle'] as const) {
      const seen = new Map<string, ChapterEntry>();
      for (const c of own) {
        const key = c.data[field].toLowerCase().replace(/\s+/g, ' ').trim();
        const first = seen.get(key);
        if (!first) { seen.set(key, c); continue; }
        findings.push(err(c.file, c.fieldLines[field], 'duplicate-title', `field "${field}" is “${c.data[field]}”, as in ${first.file} (line ${first.fieldLines[field]}): readers could not tell the two chapters apart`,
          `give each chapter of ${publication.id} its own ${field === 'title' ? 'title, as the printed document heads it' : 'short title'}`));
      }
    }
    // Numbering is only meaningful once every chapter of the publication could be read.
    if (unreadable.has(publication.id)) continue;
    const recs = content.recommendations.filter((r) => r.publication === publication.id);
    const problems = checkNumbering(recs.map((r) => ({ number: r.number, where: `${r.place.file}:${r.place.line}` })));
    // A number written twice usually leaves one out: the gap is reported once the repeat is fixed.
    const duplicates = problems.filter((p) => p.kind === 'duplicate');
    for (const problem of duplicates.length > 0 ? duplicates : problems) {
      const [first] = problem.where;
      const [file, line] = (first ?? publication.file).split(':');
      if (problem.kind === 'duplicate') {
        findings.push(err(file!, line ? Number(line) : undefined, 'recommendation-duplicate', `recommendation number ${problem.number} of ${publication.id} is used more than once: ${problem.where.join(', ')}`, 'each recommendation of a publication needs its own number; renumber one of them'));
        continue;
      }
      const missing = problem.last === problem.number ? `${problem.number}` : `${problem.number} to ${problem.last}`;
      // (GAP_MESSAGE reads this message back: the site-wide check tells whether the missing numbers were published.)
      findings.push(err(file!, line ? Number(line) : undefined, 'recommendation-gap', `recommendation numbers of ${publication.id} skip ${missing}: this recommendation is number ${problem.next}`,
        problem.last === problem.number ? `number this one ${problem.number} (and the ones after it in turn), or add recommendation ${problem.number} before it` : `add recommendations ${missing} before this one, or renumber it and the ones after it`));
    }
  }
}

/** A recommendation-gap message read back: the publication and the first and last numbers it skips. */
export const GAP_MESSAGE = /^recommendation numbers of (\S+) skip (\d+)(?: to (\d+))?:/;

export interface LoadOptions {
  /** Keep what checking each chapter gave between runs (the build and `npm run check` do). */
  cache?: ChapterCache | undefined;
}

/** Load every content file under `root` (the folder holding src/content/ and data/). */
export function loadSite(root: string, options: LoadOptions = {}): SiteContent {
  const findings: Finding[] = [];
  const { config, ok: siteFileRead } = loadSiteConfig(root, findings);
  const failedThemes = new Set<string>();
  const themes = loadThemes(root, config, siteFileRead, findings, failedThemes);
  const failedPublications = new Set<string>();
  const publications = loadPublications(root, config, siteFileRead, findings, failedPublications);
  // Publications with a chapter that has errors of its own (one that could not be read, or a
  // misspelt component, attribute or publication that may hide a numbered item), and the
  // chapters that could not be read ("<publication>/<slug>"). Their own errors are reported;
  // what depends on them (numbering, links, datasets' sentences, press quotes) waits for the fix.
  const unreadable = new Set<string>();
  const unreadableChapters = new Set<string>();
  const chaptersWithErrors = new Set<string>();
  findings.push(...strayChapterFiles(root));
  const chapters = listFiles(join(root, CHAPTERS_DIR), '.mdx')
    .map((path) => {
      const before = findings.length;
      const chapter = loadChapterOnce(root, path, findings, options.cache);
      const [publication = '', file = ''] = relative(join(root, CHAPTERS_DIR), path).split(/[\\/]/);
      const id = `${publication}/${basename(file, '.mdx')}`;
      if (!chapter) unreadableChapters.add(id);
      if (!chapter || findings.slice(before).some((f) => f.severity === 'error')) {
        unreadable.add(publication);
        chaptersWithErrors.add(id);
      }
      return chapter;
    })
    .filter((c): c is ChapterEntry => c !== undefined);
  const orderOf = (c: ChapterEntry): [number, number] => [
    publications.find((p) => p.id === c.data.publication)?.order ?? 999, c.data.order];
  chapters.sort((a, b) => {
    const [pa, oa] = orderOf(a); const [pb, ob] = orderOf(b);
    return pa - pb || oa - ob;
  });
  // A published chapter whose file is gone: one error, and what depended on it waits for the fix.
  const moves = loadMoves(root, findings);
  const gone = goneChapters(root, readRegistry(root), chapters, publications, moves);
  // Its publication's numbering and the sentences and quotes in it wait; other chapters' published anchors are still checked.
  const numberingWaits = new Set(unreadable);
  for (const chapter of gone) {
    findings.push(chapter.finding);
    numberingWaits.add(chapter.publication);
    chaptersWithErrors.add(chapter.id);
  }
  const data = loadData(root, chapters.map((c) => ({ publication: c.data.publication, slug: c.slug, blocks: c.extract.blocks })), new Set([...themes.map((t) => t.id), ...failedThemes]), findings, chaptersWithErrors);
  const quotes = chapters.flatMap((c) => c.extract.quotes);
  const recommendations = chapters.flatMap((c) => c.extract.recommendations).sort((a, b) =>
    a.publication === b.publication ? a.number - b.number : 0);
  const content: SiteContent = {
    root,
    config,
    coverage: loadCoverage(root, new Set([...publications.map((p) => p.id), ...failedPublications]), findings),
    pressRoom: loadPressRoom(root, new Set(quotes.map((q) => `${q.publication}/${q.chapter}#${q.anchor}`)), findings, { chaptersWithErrors, moves }),
    datasets: data.datasets,
    keyFigures: data.keyFigures,
    sources: loadSourceNames(root, findings),
    themes,
    publications,
    chapters,
    recommendations,
    quotes,
    progress: loadProgress(root, { publications, chapters, recommendations }, findings, chaptersWithErrors),
    moves,
    gaps: {
      pagesMissing: failedPublications.size > 0 || unreadableChapters.size > 0 || gone.length > 0,
      chaptersWithErrors: unreadable.size > 0,
      unread: { publications: failedPublications.size, chapters: unreadableChapters.size, datasets: data.failedDatasets.size },
    },
    findings,
  };
  crossCheck(content, numberingWaits, data.failedDatasets, failedPublications, failedThemes);
  return content;
}

/**
 * data/sources/sources.yaml: the names readers see for source documents that are not this site's
 * publications (a news article), as a list of  - file: … title: …
 */
function loadSourceNames(root: string, findings: Finding[]): SourceDocument[] {
  const file = CONTENT_FILES.sourceNames;
  const path = join(root, file);
  if (!existsSync(path)) return [];
  const yaml = readYamlFile(root, file, findings);
  if (!yaml) return [];
  if (!Array.isArray(yaml.data)) {
    findings.push(err(file, 1, 'invalid-file', 'the list of source names must be a list', 'write each as  - file: article.txt  and, on the next line,  title: …'));
    return [];
  }
  const out: SourceDocument[] = [];
  yaml.data.forEach((raw: unknown, index) => {
    const entry = raw as { file?: unknown; title?: unknown } | null;
    if (typeof entry?.file !== 'string' || typeof entry.title !== 'string' || entry.title === '') {
      findings.push(err(file, yaml.lineOf([index]), 'invalid-field', `entry ${index + 1} needs a "file" and a "title"`, 'write it as  - file: article.txt  and, on the next line,  title: …'));
      return;
    }
    if (!existsSync(join(root, CONTENT_FILES.sources, entry.file))) {
      findings.push(err(file, yaml.lineOf([index, 'file']), 'unknown-document', `"${entry.file}" is not a file in ${CONTENT_FILES.sources}/`, 'name a file that is there'));
      return;
    }
    out.push({ file: entry.file, title: entry.title });
  });
  return out;
}
