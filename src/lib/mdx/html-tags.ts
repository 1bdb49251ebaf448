/**
 * HTML pasted into a chapter (from Word or a web page): `<p class="MsoNormal">`, `<span>`, `<o:p>`,
 * `<br>`. MDX reads them as tags; the site's components have capitalised names (`<Quote>`), so a
 * lower-case or namespaced name is HTML. One plain message per line, naming the tags.
 */

/** A tag name that is HTML (or Word's `o:p`), not one of the site's components. */
export function isHtmlTagName(name: string | null | undefined): boolean {
  return !!name && (/^[a-z]/.test(name) || name.includes(':'));
}

/** The HTML tag names written on a line of source, each once, in order: ["p", "span", "o:p"]. */
export function htmlTagsOnLine(line: string): string[] {
  const names: string[] = [];
  for (const [, name] of line.matchAll(/<\/?([A-Za-z][\w-]*(?::[\w-]+)?)/g)) {
    if (isHtmlTagName(name) && !names.includes(name!)) names.push(name!);
  }
  return names;
}

/** What to tell the editor about these HTML tags on one line. */
export function htmlTagsAdvice(names: readonly string[]): { message: string; fix: string } {
  if (names.length === 1 && names[0] === 'br') {
    return { message: 'a line break written as <br> is HTML, which chapters do not use', fix: 'remove <br>: a blank line starts a new paragraph' };
  }
  const list = names.map((n) => `<${n}>`).join(', ');
  return {
    message: `HTML ${names.length === 1 ? 'tag' : 'tags'} (${list}) ${names.length === 1 ? 'is' : 'are'} not used in chapters`,
    fix: 'keep the text and delete the tags; a blank line starts a new paragraph',
  };
}
