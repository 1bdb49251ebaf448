/** Remark plugin: gives headings, quotes and recommendations the anchors the indexes use. */
import type { Root } from 'mdast';
import { annotate } from '../lib/mdx/annotate.ts';

export default function remarkAnnotate() {
  return (tree: Root): void => {
    annotate(tree);
  };
}
