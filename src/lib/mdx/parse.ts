/**
 * Parse an MDX file into an mdast tree with positions, using unified + remark-parse + remark-mdx,
 * with the parts of GitHub-flavoured Markdown that change what a block is or what its text says
 * (tables, footnotes, strikethrough), which Astro's pages have too.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Parent, Root, RootContent } from 'mdast';
import type { Finding } from '../findings.ts';
import { htmlTagsAdvice, htmlTagsOnLine, isHtmlTagName } from './html-tags.ts';

/**
 * Tables, footnotes and strikethrough, as remark-gfm adds them. Not the rest of GFM: autolinked
 * bare URLs and task lists change neither a block nor its text, and reading bare URLs in every
 * line nearly doubled the time to check the chapters.
 */
function gfmBlocksAndText(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkMdx).use(gfmBlocksAndText).use(remarkFrontmatter, ['yaml']);

export type ParseResult = { ok: true; tree: Root } | { ok: false; finding: Finding };

interface PositionedError {
  message?: string;
  reason?: string;
  line?: number | null;
  column?: number | null;
  place?: { line?: number; column?: number; start?: { line?: number; column?: number } } | null;
}

/**
 * A component written on one line with its content, `<Quote by="…">Text</Quote>`, is a paragraph
 * holding one inline element to remark-mdx, but a block element to Sätteri, which renders the
 * pages. Read it as the block here too, so the indexes and the page number it the same way.
 */
function oneLineComponentsAsBlocks(parent: Parent): void {
  parent.children.forEach((node, index) => {
    if (node.type === 'paragraph') {
      const content = node.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
      const only = content.length === 1 ? content[0] : undefined;
      if (only?.type === 'mdxJsxTextElement') {
        parent.children[index] = { ...only, type: 'mdxJsxFlowElement', position: node.position } as unknown as RootContent;
      }
      return;
    }
    if ('children' in node && node.type !== 'mdxJsxTextElement') oneLineComponentsAsBlocks(node as Parent);
  });
}

export function parseMdx(file: string, source: string): ParseResult {
  // Left open, the frontmatter would be read as the chapter's text (and its fields as paragraphs).
  const open = unclosedFrontmatter(source);
  if (open) {
    return { ok: false, finding: { file, line: 1, column: 1, rule: 'missing-frontmatter', severity: 'error',
      message: 'the --- block opened on line 1 is never closed',
      fix: `add a line with --- after the last field (below line ${open.lastField})` } };
  }
  try {
    const tree = processor.parse(source) as Root;
    oneLineComponentsAsBlocks(tree);
    return { ok: true, tree };
  } catch (raw) {
    const err = raw as PositionedError;
    const place = err.place && 'start' in err.place ? err.place.start : err.place;
    const reason = (err.reason ?? err.message ?? String(raw)).split('\n')[0] ?? 'could not be read';
    // Some parser errors carry their place only in the message, as "(12:1-12:49)".
    const inMessage = /\((\d+):(\d+)(?:-\d+:\d+)?\)\s*$/.exec(reason);
    const line = err.line ?? place?.line ?? (inMessage ? Number(inMessage[1]) : undefined);
    const column = err.column ?? place?.column ?? (inMessage ? Number(inMessage[2]) : undefined);
    const cause = likelyCause(source, reason, line ?? undefined, column ?? undefined);
    if (cause) return { ok: false, finding: { file, ...cause, severity: 'error' } };
    return {
      ok: false,
      finding: {
        file,
        line: line ?? undefined,
        column: column ?? undefined,
        rule: 'mdx-syntax',
        message: `MDX could not be read: ${reason}`,
        fix: 'check the tag on this line: every <Tag> needs a matching </Tag> or must end with />, and { } < in text must be written as \\{ \\} &lt;',
        severity: 'error',
      },
    };
  }
}

/** Is this a line the frontmatter can hold: a field, a list item, an indented continuation, a comment, a blank? (`## …` is a heading.) */
function frontmatterLine(line: string): boolean {
  return /^\s*$/.test(line) || /^\s/.test(line) || (/^#/.test(line) && !/^##+\s/.test(line)) || /^-(\s|$)/.test(line) || /^[A-Za-z_][\w-]*\s*:(\s|$)/.test(line);
}

/**
 * A `---` frontmatter block that is never closed: the file's first line is `---` and no later
 * line is, or a component's tag comes before the next one (the closing line was deleted and the
 * next `---` is a rule in the text). `lastField` is the last line of its fields.
 */
export function unclosedFrontmatter(source: string): { lastField: number } | undefined {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') return undefined;
  const end = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
  const tagBefore = lines.some((l, i) => i > 0 && (end === -1 || i < end) && l.startsWith('<'));
  if (end !== -1 && !tagBefore) return undefined;
  const body = lines.findIndex((l, i) => i > 0 && !frontmatterLine(l));
  let last = (body === -1 ? lines.length : body) - 1;
  while (last > 1 && !lines[last]!.trim()) last--;
  return { lastField: Math.max(last + 1, 1) };
}

type Cause = Pick<Finding, 'line' | 'column' | 'rule' | 'message' | 'fix'>;

/**
 * A quoted attribute value that is not closed on its line, on a line that ends its tag with `>`:
 * `<Quote by="Director of … Services>`. MDX then reads on to the next quote in the file and
 * reports a later line.
 */
function unclosedAttribute(line: string): { tag: string; attribute: string; column: number; value: string } | undefined {
  if (!line.trimEnd().endsWith('>')) return undefined;
  for (const match of line.matchAll(/<([A-Za-z][\w.:-]*)/g)) {
    let i = match.index + match[0].length;
    const skip = (): void => { while (i < line.length && /\s/.test(line[i]!)) i++; };
    for (;;) {
      skip();
      if (i >= line.length || line[i] === '>' || line.startsWith('/>', i)) break;
      const name = /^[A-Za-z_$][\w$:.-]*/.exec(line.slice(i));
      if (!name) break;
      const start = i;
      i += name[0].length;
      skip();
      if (line[i] !== '=') continue;
      i++;
      skip();
      const quote = line[i];
      if (quote === '"' || quote === "'") {
        const close = line.indexOf(quote, i + 1);
        if (close === -1) {
          const value = line.slice(i + 1).trimEnd().replace(/\/?>$/, '').trimEnd();
          return { tag: match[1]!, attribute: name[0], column: start + 1, value };
        }
        i = close + 1;
      } else if (quote === '{') {
        let depth = 0;
        for (; i < line.length; i++) {
          if (line[i] === '{') depth++;
          else if (line[i] === '}' && --depth === 0) break;
        }
        if (depth !== 0) break;
        i++;
      } else break;
    }
  }
  return undefined;
}

const CURLY = '“”‘’„«»';

/**
 * What most likely went wrong when MDX cannot read a chapter, in the editor's words, at the place
 * to fix: often not where MDX stopped. Undefined when there is nothing more specific to say.
 */
function likelyCause(source: string, reason: string, line: number | undefined, column: number | undefined): Cause | undefined {
  const lines = source.split(/\r?\n/);
  const syntax = (at: number, col: number, message: string, fix: string): Cause => ({ line: at, column: col, rule: 'mdx-syntax', message, fix });

  // An attribute value left open, on this line or one before it.
  const last = Math.min(line ?? lines.length, lines.length);
  for (let n = 1; n <= last; n++) {
    const open = unclosedAttribute(lines[n - 1]!);
    if (!open) continue;
    const curly = CURLY.includes(open.value.slice(-1));
    const value = curly ? open.value.slice(0, -1) : open.value;
    return syntax(n, open.column, `the ${open.attribute}="…" value of <${open.tag}> is never closed`,
      curly ? `end it with a straight quote: ${open.attribute}="${value}"` : `add the closing quote: ${open.attribute}="${value}"`);
  }

  // HTML tags: an unclosed <br> or <p>, or a closing </p> with no opening one.
  const expected = /Expected a closing tag for `<([^`>\s]+)>` \((\d+):(\d+)/.exec(reason);
  const closing = /Unexpected closing tag `<\/([^`>\s]+)>`/.exec(reason);
  const slash = /Unexpected closing slash `\/` in tag/.test(reason) && line !== undefined && column !== undefined
    ? /^\/\s*([A-Za-z][\w.:-]*)/.exec(lines[line - 1]?.slice(column - 1) ?? '') : null;
  const html = expected?.[1] ?? closing?.[1] ?? slash?.[1];
  if (html && isHtmlTagName(html)) {
    const at = expected ? Number(expected[2]) : line ?? 1;
    const col = expected ? Number(expected[3]) : slash ? column! - 1 : column ?? 1;
    const names = htmlTagsOnLine(lines[at - 1] ?? '');
    const { message, fix } = htmlTagsAdvice(names.length ? names : [html]);
    return { line: at, column: col, rule: 'unknown-component', message, fix };
  }

  if (line === undefined || column === undefined) return undefined;
  const text = lines[line - 1] ?? '';

  // Curly quotes around an attribute value: by=“…”.
  const curly = /^Unexpected character `(.)` \(U\+[0-9A-F]+\) before attribute value/.exec(reason);
  if (curly && CURLY.includes(curly[1]!)) {
    const attribute = /([A-Za-z_$][\w$:.-]*)\s*=\s*$/.exec(text.slice(0, column - 1))?.[1] ?? 'the attribute';
    // The value runs to its closing quote: ” for “, but ’ for ‘ only at the end of a word (Children’s).
    const value = (curly[1] === '‘' || curly[1] === '’'
      ? /^.(.*?)(?:[’'](?=[\s/>]|$)|>|$)/ : /^.([^”“"'>]*)/).exec(text.slice(column - 1))?.[1] ?? '…';
    const shown = curly[1] === '“' ? '“…”' : curly[1] === '‘' ? '‘…’' : `${curly[1]}…`;
    return syntax(line, column, `the ${attribute}= value is in curly quotes (${shown})`, `write attribute values in straight quotes: ${attribute}="${value}"`);
  }

  // An attribute in empty braces: number={} (the number left out).
  if (/^Unexpected empty expression/.test(reason)) {
    const attribute = /([A-Za-z_$][\w$:.-]*)\s*=\s*\{\s*\}/.exec(text)?.[1];
    if (attribute) return syntax(line, column, `${attribute}={} is empty: the braces hold nothing`, `write the ${attribute} in the braces, e.g. ${attribute}={4}`);
  }

  // A < that does not start a tag: an HTML comment, or "aged <5".
  const notName = /^Unexpected character `(.)` \(U\+[0-9A-F]+\) before name/.exec(reason);
  if (notName && text[column - 2] === '<') {
    if (notName[1] === '!') {
      return syntax(line, column - 1, 'an HTML comment <!-- … --> does not work in a chapter', 'write the comment as {/* … */}, or delete it');
    }
    const after = /^\S*/.exec(text.slice(column - 1))?.[0].replace(/[.,;:)]+$/, '') ?? '';
    const number = /^\d[\d.,]*/.exec(after)?.[0];
    return syntax(line, column - 1, `“<${after}” is read as the start of a tag`,
      `for a less-than sign write &lt;${after}${number ? ` (or in words, “under ${number}”)` : ''}`);
  }
  return undefined;
}
