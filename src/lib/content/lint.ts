/**
 * Content lint rules that read one chapter's MDX tree: links, code in braces, repeated words,
 * quotation marks, image alt text. Any finding can be silenced for one line with an MDX comment on the line
 * before it (or on the same line):  {/* lint-ignore repeated-word *\/}
 */
import type { Root, Link, Image, Text } from 'mdast';
import type { Node, Parent } from 'unist';
import { toString } from 'mdast-util-to-string';
import type { Finding, Severity } from '../content-error.ts';

export interface LinkTarget {
  url: string;
  line: number;
  column: number;
}

export interface LintResult {
  findings: Finding[];
  /** Internal links, for checking once every page and anchor is known. */
  internalLinks: LinkTarget[];
}

function walk(node: Node, visit: (node: Node, parent?: Parent) => void, parent?: Parent): void {
  visit(node, parent);
  const children = (node as Partial<Parent>).children;
  if (children) for (const child of children) walk(child, visit, node as Parent);
}

/** "lint-ignore rule" comments, as the set of "rule@line" they silence (their own line and the next). */
function silences(tree: Root): Set<string> {
  const out = new Set<string>();
  walk(tree, (node) => {
    if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return;
    const value = (node as unknown as { value: string }).value;
    const match = /lint-ignore\s+([a-z-]+(?:[\s,]+[a-z-]+)*)/.exec(value);
    if (!match) return;
    const line = node.position?.end.line ?? 0;
    for (const rule of match[1]!.split(/[\s,]+/)) {
      out.add(`${rule}@${node.position?.start.line ?? 0}`);
      out.add(`${rule}@${line}`);
      out.add(`${rule}@${line + 1}`);
    }
  });
  return out;
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

function sameAddress(text: string, href: string): boolean {
  const norm = (s: string): string => s.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
  return norm(text) === norm(href);
}

export function lintChapter(tree: Root, file: string): LintResult {
  const silenced = silences(tree);
  const findings: Finding[] = [];
  const internalLinks: LinkTarget[] = [];
  const add = (node: Node, rule: string, severity: Severity, message: string, fix: string): void => {
    const line = node.position?.start.line ?? 1;
    if (silenced.has(`${rule}@${line}`)) return;
    findings.push({ file, line, column: node.position?.start.column ?? 1, rule, message, fix, severity });
  };

  walk(tree, (node, parent) => {
    if (node.type === 'link') {
      const link = node as Link;
      const text = toString(link);
      const url = link.url.trim();
      if (url === '' || url === '#') {
        add(link, 'placeholder-link', 'error', `the link “${text}” goes nowhere (its address is "${url}")`, 'give the real address, e.g. /2021-regional-care-report/ for a page of this site, or remove the link');
      } else if (looksLikeAddress(text) && !sameAddress(text, url)) {
        add(link, 'link-text-mismatch', 'error', `the link text “${text}” looks like a web address but the link goes to ${url}`, 'make the visible text the address the link goes to, or use words instead of an address');
      } else if (url.startsWith('/') || url.startsWith('#')) {
        internalLinks.push({ url, line: link.position?.start.line ?? 1, column: link.position?.start.column ?? 1 });
      } else if (!HAS_SCHEME.test(url) && !url.startsWith('//')) {
        // "care-markets" would resolve against whichever page shows it: a broken link on most.
        add(link, 'relative-link', 'error', `the link “${text}” goes to "${url}", which is not a full address`, 'write a page of this site from the site’s root, starting with /, e.g. /2021-regional-care-report/care-markets/, or a web address starting with https://');
      }
    } else if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
      const value = (node as unknown as { value: string }).value;
      // MDX runs { … } as code: a word in braces stops the build with a JavaScript error.
      if (!onlyComments(value)) add(node, 'code-in-text', 'error', `“{${value.length > 40 ? `${value.slice(0, 40)}…` : value}}” would be run as code, not shown as text`, `to show the braces, write \\{${value.length > 20 ? '…' : value}\\}; in a chapter, braces hold only comments such as {/* removed */}`);
    } else if (node.type === 'image') {
      const image = node as Image;
      if (!image.alt?.trim()) add(image, 'image-alt', 'error', `the image ${image.url} has no alt text`, 'describe the image in the brackets: ![what it shows](file.png)');
    } else if (node.type === 'text') {
      const text = (node as Text).value;
      const repeated = /\b([A-Za-z’']+)\s+\1\b/i.exec(text);
      if (repeated) add(node, 'repeated-word', 'warning', `the word “${repeated[1]}” is repeated`, `remove one “${repeated[1]}”, or silence this with {/* lint-ignore repeated-word */} if the source repeats it`);
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
  return { findings, internalLinks };
}
