/**
 * Astro content collections. The schemas live in src/schemas (one file per concept) and are
 * shared with the content checker (src/lib/content/site.ts), which also checks cross-references
 * and reports errors with file and line before Astro runs.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { themeSchema } from './schemas/theme.ts';
import { publicationSchema } from './schemas/publication.ts';
import { chapterSchema } from './schemas/chapter.ts';

const themes = defineCollection({
  loader: file('src/content/themes.yaml'),
  schema: themeSchema,
});

const publications = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/publications' }),
  schema: publicationSchema,
});

const chapters = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './src/content/chapters' }),
  schema: chapterSchema,
});

export const collections = { themes, publications, chapters };
