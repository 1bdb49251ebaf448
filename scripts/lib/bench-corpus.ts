/**
 * The benchmark's corpora: a copy of a site's project (engine and content) in a temporary folder,
 * and the same content multiplied, each copy of its largest publication made distinct (its title,
 * its code and a sentence in each chapter), so caches keyed by content cannot hide the work.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SiteContent, PublicationEntry } from '../../src/lib/model.ts';

/** The project's files a build reads (node_modules is linked, not copied). */
const PROJECT_ENTRIES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'public', 'scripts', 'src', 'data'];

export function copyProject(root: string, withContent: (dir: string) => void = () => undefined, prefix = 'evidence-bench-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of PROJECT_ENTRIES) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  withContent(dir);
  return dir;
}

/** The publication with the most chapters: the one copied to make the larger corpora. */
export function largestPublication(site: SiteContent): PublicationEntry {
  const count = (id: string) => site.chapters.filter((c) => c.data.publication === id).length;
  return [...site.publications].sort((a, b) => count(b.id) - count(a.id))[0]!;
}

/**
 * Copies of the largest publication as extra publications, so the corpus is `factor` times it.
 * Each copy has its own title, code and order, and each of its chapters one sentence of its own.
 */
export function multiply(dir: string, largest: PublicationEntry, factor: number): void {
  const chapters = join(dir, 'src/content/chapters', largest.id);
  const yaml = readFileSync(join(dir, largest.file), 'utf8');
  for (let i = 2; i <= factor; i++) {
    const id = `${largest.id}-copy-${i}`;
    writeFileSync(
      join(dir, 'src/content/publications', `${id}.yaml`),
      yaml
        .replace(/^code: .*$/m, `code: "copy${i}"`)
        .replace(/^order: .*$/m, `order: ${10 + i}`)
        .replace(/^title: (.*)$/m, (_, title: string) => `title: "${title.replace(/^"|"$/g, '')}, copy ${i}"`),
    );
    mkdirSync(join(dir, 'src/content/chapters', id));
    for (const file of readdirSync(chapters)) {
      const text = readFileSync(join(chapters, file), 'utf8')
        .replace(`publication: ${largest.id}`, `publication: ${id}`)
        .replace(`<AllRecommendations publication="${largest.id}" />`, `<AllRecommendations publication="${id}" />`);
      writeFileSync(join(dir, 'src/content/chapters', id, file), `${text.trimEnd()}\n\nThis is copy ${i} of the chapter, made for the benchmark.\n`);
    }
  }
}
