/**
 * Content lint rules that read one chapter's MDX tree: links, code in braces, repeated words,
 * quotation marks, image alt text, and Markdown or MDX the site does not use (footnotes, a second
 * `#` title, import/export lines, bold never closed). Any finding can be silenced for one line with an MDX comment on the line
 * before it (or on the same line):  {/* lint-ignore repeated-word *\/}
 */
import type { Root, Link, Image, Text, Heading, Definition, FootnoteReference, FootnoteDefinition } from 'mdast';
import type { Node, Parent } from 'unist';
import { toString } from 'mdast-util-to-string';
import type { Finding, Severity } from '../findings.ts';
import type { RuleId } from '../rules.ts';
import type { LinkTarget } from '../model.ts';

export type { LinkTarget };

export interface LintResult {
  findings: Finding[];
  /** Internal links, for checking once every page and anchor is known. */
  internalLinks: LinkTarget[];
  /** Images on this site (addresses from the root, /images/…), whose files are looked for in public/ on every check. */
  images: LinkTarget[];
}

/** Components whose title is a heading of the page, at level 2 (as `##`). */
const TITLED = new Set(['Panel', 'Slide']);

function walk(node: Node, visit: (node: Node, parent?: Parent) => void, parent?: Parent): void {
  visit(node, parent);
  const children = (node as Partial<Parent>).children;
  if (children) for (const child of children) walk(child, visit, node as Parent);
}

/**
 * The rules a "lint-ignore" comment may silence: the prose warnings, where the source itself may be
 * so. Errors, and warnings about the site's history or links, are fixed in the content instead.
 */
export const SILENCEABLE: ReadonlySet<RuleId> = new Set<RuleId>(['repeated-word', 'unbalanced-quotes']);

/**
 * "lint-ignore rule" comments, as the set of "rule@line" they silence (their own line and the
 * next), and the rules they name that cannot be silenced, each with its comment.
 */
function silences(tree: Root): { silenced: Set<string>; refused: { rule: string; node: Node }[] } {
  const silenced = new Set<string>();
  const refused: { rule: string; node: Node }[] = [];
  walk(tree, (node) => {
    if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return;
    const value = (node as unknown as { value: string }).value;
    const match = /lint-ignore\s+([a-z-]+(?:[\s,]+[a-z-]+)*)/.exec(value);
    if (!match) return;
    const line = node.position?.end.line ?? 0;
    for (const rule of match[1]!.split(/[\s,]+/)) {
      if (!SILENCEABLE.has(rule as RuleId)) {
        refused.push({ rule, node });
        continue;
      }
      silenced.add(`${rule}@${node.position?.start.line ?? 0}`);
      silenced.add(`${rule}@${line}`);
      silenced.add(`${rule}@${line + 1}`);
    }
  });
  return { silenced, refused };
}

/** Does the visible text of a link look like a web address? */
function looksLikeAddress(text: string): boolean {
  return /^(https?:\/\/)?(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(text.trim());
}

/** A link with a scheme (https:, mailto:, tel:) goes off the site; one starting with / or # stays on it. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** An MDX expression that is only comments ({/* removed *\/}, {/* lint-ignore … *\/}): allowed. */
function onlyComments(value: string): boolean {
  return value.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').trim() === '';
}

/** A link that runs a script instead of going to a page. */
const SCRIPT_LINK = /^\s*(javascript|vbscript|data):/i;

/** The place of the character at `index` of a text node's value (exact when nothing before it is escaped). */
function placeIn(node: Node, value: string, index: number): { line: number; column: number } {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const before = value.slice(0, index);
  const newline = before.lastIndexOf('\n');
  const lines = before.split('\n').length - 1;
  return { line: start.line + lines, column: newline === -1 ? start.column + index : index - newline };
}

/** Is the text node written exactly as its value (no escapes or character references in it)? */
function writtenAsIs(node: Node, value: string): boolean {
  const { start, end } = node.position ?? {};
  return start?.offset !== undefined && end?.offset !== undefined && end.offset - start.offset === value.length;
}

const noteN = (identifier: string): string => (/^\d+$/.test(identifier) ? identifier : '…');

function sameAddress(text: string, href: string): boolean {
  const norm = (s: string): string => s.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
  return norm(text) === norm(href);
}

export function lintChapter(tree: Root, file: string): LintResult {
  const { silenced, refused } = silences(tree);
  const findings: Finding[] = [];
  const internalLinks: LinkTarget[] = [];
  const images: LinkTarget[] = [];
  // The level of the last heading: the chapter's title is the page's level 1.
  let level = 1;
  let levelText = 'the chapter’s title';
  const addAt = (place: { line: number; column: number }, rule: RuleId, severity: Severity, message: string, fix: string): void => {
    if (silenced.has(`${rule}@${place.line}`)) return;
    findings.push({ file, line: place.line, column: place.column, rule, message, fix, severity });
  };
  const add = (node: Node, rule: RuleId, severity: Severity, message: string, fix: string): void =>
    addAt({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 }, rule, severity, message, fix);

  for (const { rule, node } of refused) {
    add(node, 'silence-refused', 'warning', `“lint-ignore ${rule}” silences nothing: only ${[...SILENCEABLE].join(' and ')} can be silenced`,
      rule === 'change-without-note' ? 'remove the comment, and say what changed and why in the chapter’s corrections: (EDITING.md, “Corrections”)' : `remove the comment, and fix what ${rule} reports (EDITING.md lists each rule and its fix)`);
  }
  walk(tree, (node, parent) => {
    if (node.type === 'link') {
      const link = node as Link;
      const text = toString(link);
      const url = link.url.trim();
      if (SCRIPT_LINK.test(url)) {
        add(link, 'script-link', 'error', `the link “${text}” runs a script (${url.split(':')[0]!.toLowerCase()}:) instead of going to a page`, 'give the address of a page: /… for a page of this site, https://… for another site; or remove the link');
      } else if (url === '' || url === '#') {
        add(link, 'placeholder-link', 'error', `the link “${text}” goes nowhere (its address is "${url}")`, 'give the real address, e.g. /annual-report/ for a page of this site, or remove the link');
      } else if (looksLikeAddress(text) && !sameAddress(text, url)) {
        add(link, 'link-text-mismatch', 'error', `the link text “${text}” looks like a web address but the link goes to ${url}`, 'make the visible text the address the link goes to, or use words instead of an address');
      } else if (url.startsWith('/') || url.startsWith('#')) {
        internalLinks.push({ url, line: link.position?.start.line ?? 1, column: link.position?.start.column ?? 1 });
      } else if (!HAS_SCHEME.test(url) && !url.startsWith('//')) {
        // "waiting-lists" would resolve against whichever page shows it: a broken link on most.
        add(link, 'relative-link', 'error', `the link “${text}” goes to "${url}", which is not a full address`, 'write a page of this site from the site’s root, starting with /, e.g. /annual-report/waiting-lists/, or a web address starting with https://');
      }
    } else if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
      const value = (node as unknown as { value: string }).value;
      // MDX runs { … } as code: a word in braces stops the build with a JavaScript error.
      if (!onlyComments(value)) add(node, 'code-in-text', 'error', `“{${value.length > 40 ? `${value.slice(0, 40)}…` : value}}” would be run as code, not shown as text`, `to show the braces, write \\{${value.length > 20 ? '…' : value}\\}; in a chapter, braces hold only comments such as {/* removed */}`);
    } else if (node.type === 'definition' && SCRIPT_LINK.test((node as Definition).url)) {
      add(node, 'script-link', 'error', `the link address [${(node as Definition).label ?? (node as Definition).identifier}] runs a script instead of going to a page`, 'give the address of a page: /… for a page of this site, https://… for another site; or remove the link');
    } else if (node.type === 'footnoteReference') {
      const id = (node as FootnoteReference).label ?? (node as FootnoteReference).identifier;
      add(node, 'footnote', 'error', `[^${id}] is a Markdown footnote: the page would add its own “Footnotes” list`, `use <NoteRef n={${noteN(id)}} /> for the report's note numbers`);
    } else if (node.type === 'footnoteDefinition') {
      const id = (node as FootnoteDefinition).label ?? (node as FootnoteDefinition).identifier;
      add(node, 'footnote', 'error', `“[^${id}]: …” is a Markdown footnote: the page would add its own “Footnotes” list`, `delete it, and use <NoteRef n={${noteN(id)}} /> where the text refers to the report's note`);
    } else if (node.type === 'heading' && (node as Heading).depth === 1) {
      add(node, 'heading-level', 'error', `“# ${toString(node)}” is a second main title: the chapter’s title is the page’s main title`, 'use ## for a section heading (### for a sub-section)');
    } else if (node.type === 'heading') {
      const { depth } = node as Heading;
      const marks = '#'.repeat(depth);
      if (depth > level + 1) {
        add(node, 'heading-skip', 'error', `“${marks} ${toString(node)}” is ${depth - level} levels below ${levelText} above it, so the page’s outline skips a level (screen readers list headings by level)`,
          `write ${'#'.repeat(level + 1)} ${toString(node)}, the level just below ${levelText}${level + 1 > 2 ? ', or ## if it starts a new section' : ''}`);
      }
      level = depth;
      levelText = `“${marks} ${toString(node)}”`;
    } else if (node.type === 'mdxJsxFlowElement' && TITLED.has((node as unknown as { name: string }).name)) {
      level = 2;
      levelText = `the title of the <${(node as unknown as { name: string }).name}>`;
    } else if (node.type === 'mdxjsEsm') {
      const code = (node as unknown as { value: string }).value.split('\n')[0]!.trim();
      add(node, 'code-in-chapter', 'error', `“${code.length > 40 ? `${code.slice(0, 40)}…` : code}” is MDX code, not text`, 'delete the line: chapters hold text and the site’s components only, and the components need no import');
    } else if (node.type === 'image') {
      const image = node as Image;
      const url = image.url.trim();
      if (!image.alt?.trim()) add(image, 'image-alt', 'error', `the image ${image.url} has no alt text`, 'describe the image in the brackets: ![what it shows](/images/file.png)');
      const place = { line: image.position?.start.line ?? 1, column: image.position?.start.column ?? 1 };
      if (/^(https?:)?\/\//i.test(url)) {
        add(image, 'missing-image', 'error', `the image ${url} is on another site, which the site’s pages never load from (readers’ privacy, and the image may change or go)`, `save it in public/images/ and write ![${image.alt?.trim() || 'what it shows'}](/images/${url.split(/[?#]/)[0]!.split('/').pop() || 'file.png'})`);
      } else if (!url.startsWith('/')) {
        add(image, 'missing-image', 'error', `the image “${url}” is not an address from the site’s root, so each page would look for it in another place`, `put the file in public/images/ and write ![${image.alt?.trim() || 'what it shows'}](/images/${url.split('/').pop()})`);
      } else {
        images.push({ url, ...place });
      }
    } else if (node.type === 'text') {
      const text = (node as Text).value;
      const repeated = /\b([A-Za-z’']+)\s+\1\b/i.exec(text);
      if (repeated) add(node, 'repeated-word', 'warning', `the word “${repeated[1]}” is repeated`, `remove one “${repeated[1]}”, or silence this with {/* lint-ignore repeated-word */} if the source repeats it`);
      // A footnote with no "[^1]: …" line is not read as one: the page shows "[^1]".
      const footnote = /\[\^([^\]\s]+)\]/.exec(text);
      if (footnote) addAt(placeIn(node, text, footnote.index), 'footnote', 'error', `${footnote[0]} is Markdown footnote syntax: the page would show it as written`, `use <NoteRef n={${noteN(footnote[1]!)}} /> for the report's note numbers`);
      // A link whose address has a space is not read as a link: the page shows the brackets.
      const spaced = /\]\(\s*(\S+\s+[^()]*?)\s*\)/.exec(text);
      if (spaced) addAt(placeIn(node, text, spaced.index), 'link-with-space', 'error', `the link address “${spaced[1]}” has a space in it, so the page shows the link as plain text with its brackets`, 'remove the space (a page address uses hyphens, e.g. waiting-lists); in a web address write a space as %20');
      // Bold that is never closed is left as two asterisks (unless written \*\* on purpose).
      const stars = text.indexOf('**');
      if (stars !== -1 && writtenAsIs(node, text)) addAt(placeIn(node, text, stars), 'unclosed-bold', 'error', '“**” starts bold text that is never closed, so the page shows the two asterisks', 'add ** after the last word to be bold, or delete the **');
    } else if (node.type === 'paragraph') {
      const text = toString(node);
      const open = (text.match(/“/g) ?? []).length;
      const close = (text.match(/”/g) ?? []).length;
      // A quotation running over several paragraphs opens each one and closes only the last.
      const next = parent ? parent.children[parent.children.indexOf(node as Parent['children'][number]) + 1] : undefined;
      const continues = open === close + 1 && next?.type === 'paragraph' && toString(next).trimStart().startsWith('“');
      if (open !== close && !continues) add(node, 'unbalanced-quotes', 'warning', `this paragraph opens ${open} and closes ${close} double quotation marks`, 'check for a missing “ or ”, or silence this with {/* lint-ignore unbalanced-quotes */} if the source has it so');
    }
  });
  return { findings, internalLinks, images };
}
