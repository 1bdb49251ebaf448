/** The reading text of built pages: the <article> of each chapter, and a publication page's header. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';

function findFirst(node: Root | Element, tag: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tag) return child;
    const found = findFirst(child, tag);
    if (found) return found;
  }
  return undefined;
}

/** The site's own apparatus: paragraph numbers, and the theme a numbered item is filed under (the site's, not the publication's). */
const APPARATUS = ['para-num', 'theme-label'];

/** Remove the site's own apparatus so only the publication's words remain. */
function withoutApparatus(node: Element): Element {
  return {
    ...node,
    children: node.children
      .filter((child) => !(child.type === 'element' && String(child.properties['className'] ?? '').split(/[ ,]/).some((name) => APPARATUS.includes(name))))
      .map((child) => (child.type === 'element' ? withoutApparatus(child) : child)),
  };
}

export function textOfBuiltPage(dist: string, urlPath: string, tag: 'article' | 'header' | 'main'): string {
  const html = readFileSync(join(dist, urlPath, 'index.html'), 'utf8');
  const element = findFirst(fromHtml(html), tag);
  return element ? toText(withoutApparatus(element)) : '';
}
