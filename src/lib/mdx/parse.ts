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
import type { Finding } from '../content-error.ts';

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
