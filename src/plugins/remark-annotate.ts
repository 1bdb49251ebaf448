/** Remark plugin: gives headings, paragraphs, quotes and recommendations the anchors and numbers the indexes use. */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { annotate } from '../lib/mdx/annotate.ts';

export default function remarkAnnotate() {
  return (tree: Root, file: VFile): void => {
    const frontmatter = (file.data as { astro?: { frontmatter?: { order?: unknown } } }).astro?.frontmatter;
    const order = typeof frontmatter?.order === 'number' ? frontmatter.order : undefined;
    annotate(tree, { chapter: order });
  };
}
