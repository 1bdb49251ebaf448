/** Parse an MDX file into an mdast tree with positions, using unified + remark-parse + remark-mdx. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import type { Finding } from '../content-error.ts';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

export type ParseResult = { ok: true; tree: Root } | { ok: false; finding: Finding };

interface PositionedError {
  message?: string;
  reason?: string;
  line?: number | null;
  column?: number | null;
  place?: { line?: number; column?: number; start?: { line?: number; column?: number } } | null;
}

export function parseMdx(file: string, source: string): ParseResult {
  try {
    return { ok: true, tree: processor.parse(source) as Root };
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
