/**
 * The compiled MDX of each chapter, for the pages that render chapters (the chapter page, the
 * print page, the press room). Every chapter's frontmatter and text were checked before Astro ran
 * (src/lib/content/site.ts, with the schemas in src/schemas), so the pages render the MDX modules
 * directly: no second content layer parses and validates the same files again.
 */
import type { MDXContent } from 'astro';

type ChapterModule = { default: MDXContent };

// Lazy: a page loads only the chapters it renders.
const modules = import.meta.glob<ChapterModule>('/src/content/chapters/*/*.mdx');

/** The rendered content of a chapter, by its id (`<publication>/<slug>`). */
export async function chapterContent(id: string): Promise<MDXContent> {
  const load = modules[`/src/content/chapters/${id}.mdx`];
  if (!load) throw new Error(`No MDX file for chapter ${id} (expected src/content/chapters/${id}.mdx)`);
  return (await load()).default;
}
