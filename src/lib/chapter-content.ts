/**
 * The compiled MDX of each chapter, for the pages that render chapters (the chapter page, the
 * print page, the press room). Every chapter's frontmatter and text were checked before Astro ran
 * (src/lib/content/site.ts, with the schemas in src/schemas), so the pages render the MDX modules
 * directly: no second content layer parses and validates the same files again.
 */
import type { MDXContent } from 'astro';

type ChapterModule = { default: MDXContent };

// Eager: the build bundles the chapters together and loads them once, instead of emitting and
// importing one module per chapter (about a second less at ×50 the corpus; the HTML is the same).
const modules = import.meta.glob<ChapterModule>('/src/content/chapters/*/*.mdx', { eager: true });

/** The rendered content of a chapter, by its id (`<publication>/<slug>`). */
export function chapterContent(id: string): MDXContent {
  const module = modules[`/src/content/chapters/${id}.mdx`];
  if (!module) throw new Error(`No MDX file for chapter ${id} (expected src/content/chapters/${id}.mdx)`);
  return module.default;
}
