/**
 * The compiled MDX of each chapter, for the pages that render chapters (the chapter page, the
 * print page, the press room). Every chapter's frontmatter and text were checked before Astro ran
 * (src/lib/load/, with the schemas in src/schemas), so the pages render the MDX modules directly:
 * no second content layer parses and validates the same files again. The chapters are found under
 * the content root, which the integration names "@content-root" (src/integrations/evidence-site.ts).
 */
import type { MDXContent } from 'astro';

type ChapterModule = { default: MDXContent };

// The build bundles the chapters together and loads them once (eager), instead of emitting and
// importing one module per chapter; the HTML is the same. The dev server compiles a chapter only
// when a page shows it (lazy), so it is as quick to start however many chapters there are.
type Load = () => Promise<ChapterModule>;
const found: Record<string, ChapterModule | Load> = import.meta.env.DEV
  ? import.meta.glob<ChapterModule>('@content-root/src/content/chapters/*/*.mdx')
  : import.meta.glob<ChapterModule>('@content-root/src/content/chapters/*/*.mdx', { eager: true });

/** By chapter id ("<publication>/<slug>"): the glob's keys end with the chapter's file. */
const modules = new Map(Object.entries(found).map(([key, module]) => [key.split('/').slice(-2).join('/').replace(/\.mdx$/, ''), module]));

/** The rendered content of a chapter, by its id (`<publication>/<slug>`). */
export async function chapterContent(id: string): Promise<MDXContent> {
  const module = modules.get(id);
  if (!module) throw new Error(`No MDX file for chapter ${id} (expected src/content/chapters/${id}.mdx)`);
  return (typeof module === 'function' ? await module() : module).default;
}
