/**
 * `npm run permalinks -- --accept` records deliberate rewrites in the register of published links.
 * It must never record anything while the content has another error: a chapter with a misspelt
 * component is not read as it will be published, and recording its anchors would corrupt the register.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fixtureProject, remove } from './helpers.ts';
import { loadAndCheckSite as loadSiteContent } from '../../src/lib/check/check-site.ts';
import { chapterAnchors, chapterNumbers } from '../../src/lib/permalinks/anchors.ts';
import { emptyRegistry, mergeRegistry, writeRegistry, REGISTRY_FILE } from '../../src/lib/permalinks/registry.ts';

const FIRST = 'src/content/chapters/test-report/first.mdx';
let project: string;
let original: string;

function permalinks(...args: string[]): { status: number; output: string } {
  const result = spawnSync(process.execPath, ['scripts/permalinks.ts', ...args], { cwd: project, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

beforeAll(() => {
  project = fixtureProject();
  // The register as a first build would write it.
  const content = loadSiteContent(project);
  writeRegistry(project, mergeRegistry(emptyRegistry(), [], chapterAnchors(content), false, chapterNumbers(content)));
  original = readFileSync(join(project, FIRST), 'utf8');
});

afterAll(() => remove(project));

describe('npm run permalinks', () => {
  it('passes on unchanged content', () => {
    const run = permalinks();
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('Every published anchor still lands on its words.');
  });

  it('with another error in the content, shows that error and records nothing, even with --accept', () => {
    const register = readFileSync(join(project, REGISTRY_FILE), 'utf8');
    // A misspelt component, and a paragraph rewritten: the rewrite must wait for the typo's fix.
    writeFileSync(join(project, FIRST), original.replace('<Lead>', '<Leed>').replace('</Lead>', '</Leed>').replace('Opening words.', 'Different opening words entirely, rewritten.'));
    try {
      for (const args of [[], ['--accept']]) {
        const run = permalinks(...args);
        expect(run.status, run.output).toBe(1);
        expect(run.output).toMatch(/first\.mdx:\d+:1 {2}unknown-component {2}<Leed>/);
        expect(run.output).toContain('must be fixed first');
        expect(readFileSync(join(project, REGISTRY_FILE), 'utf8')).toBe(register);
      }
      expect(permalinks('--accept').output).toContain(`Nothing was recorded in ${REGISTRY_FILE}`);
    } finally {
      writeFileSync(join(project, FIRST), original);
    }
  });

  it('with --accept, never records a deleted paragraph: it writes nothing, fails, and says where to write {/* removed */}', () => {
    const register = readFileSync(join(project, REGISTRY_FILE), 'utf8');
    const deleted = 'Text with a note<NoteRef n={1} />.';
    const line = original.split('\n').indexOf(deleted) + 1;
    expect(line).toBeGreaterThan(0);
    writeFileSync(join(project, FIRST), original.replace(`${deleted}\n\n`, ''));
    try {
      const run = permalinks('--accept');
      expect(run.status, run.output).toBe(1);
      expect(run.output).toMatch(new RegExp(`first\\.mdx:${line}:1 {2}permalink-changed .*was deleted.*write \\{/\\* removed \\*/\\} on its own line at line ${line}`));
      expect(run.output).toContain(`Nothing was recorded in ${REGISTRY_FILE}`);
      expect(run.output).not.toContain('Recorded the new words');
      expect(readFileSync(join(project, REGISTRY_FILE), 'utf8')).toBe(register);
      // Following the advice passes, and --accept then has nothing to record.
      writeFileSync(join(project, FIRST), original.replace(deleted, '{/* removed */}'));
      const fixed = permalinks('--accept');
      expect(fixed.status, fixed.output).toBe(0);
      expect(readFileSync(join(project, REGISTRY_FILE), 'utf8')).toBe(register);
    } finally {
      writeFileSync(join(project, FIRST), original);
    }
  });

  it('with --accept, records a paragraph rewritten in place, and only then', () => {
    const register = readFileSync(join(project, REGISTRY_FILE), 'utf8');
    writeFileSync(join(project, FIRST), original.replace('Text with a note', 'Words rewritten on purpose, with a note'));
    try {
      expect(permalinks().status).toBe(1);
      const run = permalinks('--accept');
      expect(run.status, run.output).toBe(0);
      expect(run.output).toContain('Recorded the new words of 1 rewritten anchor');
      expect(readFileSync(join(project, REGISTRY_FILE), 'utf8')).not.toBe(register);
      expect(permalinks().status).toBe(0);
    } finally {
      writeFileSync(join(project, FIRST), original);
      writeFileSync(join(project, REGISTRY_FILE), register);
    }
  });
});
