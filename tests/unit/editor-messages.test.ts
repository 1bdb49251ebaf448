/**
 * Messages for mistakes editors make in a chapter: each names the line to fix (found here from the
 * text written, not from the output) and says the fix in plain words.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAndCheckSite as loadSiteContent } from '../../src/lib/check/check-site.ts';
import { formatFinding } from '../../src/lib/findings.ts';
import { fixtureSite, removeFixtureSites } from './helpers/fixture-site.ts';

afterAll(removeFixtureSites);

const FIRST = 'src/content/chapters/test-report/first.mdx';

/** Change the first chapter; its findings, and where a piece of the changed text is. */
function check(change: (source: string) => string) {
  const root = fixtureSite([{ file: FIRST, content: change }]);
  const source = readFileSync(join(root, FIRST), 'utf8');
  const findings = loadSiteContent(root).findings.filter((f) => f.file === FIRST);
  const errors = findings.filter((f) => f.severity === 'error');
  /** Line and column of the nth (from 0) occurrence of `needle` in the changed chapter. */
  const at = (needle: string, nth = 0): { line: number; column: number } => {
    let index = -1;
    for (let i = 0; i <= nth; i++) index = source.indexOf(needle, index + 1);
    expect(index, `"${needle}" is not in the chapter`).toBeGreaterThan(-1);
    const before = source.slice(0, index);
    return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
  };
  return { errors, findings, at, shown: findings.map(formatFinding).join('\n') };
}

const append = (text: string) => (s: string): string => `${s.trimEnd()}\n\n${text}\n`;

/** The one error, at the place of `needle`, with its rule, message and fix. */
function expectOneError(result: ReturnType<typeof check>, needle: string, rule: string, message: string, fix: string): void {
  expect(result.errors, result.shown).toHaveLength(1);
  const [error] = result.errors;
  expect({ ...result.at(needle), rule: error!.rule }).toEqual({ line: error!.line, column: error!.column, rule });
  expect(error!.message).toBe(message);
  expect(error!.fix).toBe(fix);
}

describe('MDX that cannot be read: the likely cause, where it is, in plain words', () => {
  it('an attribute quote never closed is reported on its own line, not where MDX stopped', () => {
    const result = check((s) => s.replace('Children’s Services">', 'Children’s Services>'));
    expectOneError(result, 'by="North East', 'mdx-syntax', 'the by="…" value of <Quote> is never closed',
      'add the closing quote: by="North East Director of Children’s Services"');
  });

  it('curly quotes around an attribute value', () => {
    const result = check((s) => s.replace('by="North East Director of Children’s Services"', 'by=“North East Director of Children’s Services”'));
    expectOneError(result, '“North East', 'mdx-syntax', 'the by= value is in curly quotes (“…”)',
      'write attribute values in straight quotes: by="North East Director of Children’s Services"');
  });

  it('a < before a number', () => {
    const result = check(append('Children aged <5 are counted.'));
    expectOneError(result, '<5', 'mdx-syntax', '“<5” is read as the start of a tag', 'for a less-than sign write &lt;5 (or in words, “under 5”)');
  });

  it('an HTML comment: the specific advice, without the generic one', () => {
    const result = check(append('<!-- check this with the author -->'));
    expectOneError(result, '<!--', 'mdx-syntax', 'an HTML comment <!-- … --> does not work in a chapter', 'write the comment as {/* … */}, or delete it');
  });

  it('an unclosed <br> (MDX expects </br>)', () => {
    const result = check(append('The first line<br>and the second.'));
    expectOneError(result, '<br>', 'unknown-component', 'a line break written as <br> is HTML, which chapters do not use', 'remove <br>: a blank line starts a new paragraph');
  });

  it('an HTML paragraph over two paragraphs, and a stray closing tag', () => {
    const result = check(append('<p>Pasted words.\n\nMore pasted words.</p>'));
    expectOneError(result, '<p>', 'unknown-component', 'HTML tag (<p>) is not used in chapters', 'keep the text and delete the tags; a blank line starts a new paragraph');
    const stray = check(append('Pasted words.</p>'));
    expectOneError(stray, '</p>', 'unknown-component', 'HTML tag (<p>) is not used in chapters', 'keep the text and delete the tags; a blank line starts a new paragraph');
  });
});

describe('HTML pasted from Word or a web page', () => {
  it('gives one error for the line, naming its tags, not one per tag listing every component', () => {
    const result = check(append('<p class="MsoNormal"><span style="font-size:12pt">Words from Word.</span><o:p></o:p></p>'));
    expectOneError(result, '<p class', 'unknown-component', 'HTML tags (<p>, <span>, <o:p>) are not used in chapters', 'keep the text and delete the tags; a blank line starts a new paragraph');
  });

  it('a <br /> that MDX can read is still HTML', () => {
    const result = check(append('The first line<br />and the second.'));
    expectOneError(result, '<br', 'unknown-component', 'a line break written as <br> is HTML, which chapters do not use', 'remove <br>: a blank line starts a new paragraph');
  });

  it('a component written in lower case is a component, not HTML', () => {
    const result = check((s) => s.replace('<Lead>', '<lead>').replace('</Lead>', '</lead>'));
    expectOneError(result, '<lead>', 'unknown-component', '<lead> is not a component this site knows', "write <Lead>: a component's name starts with a capital letter");
  });
});

describe('frontmatter never closed', () => {
  it('names line 1 and the last field, not “no frontmatter”', () => {
    const result = check((s) => s.replace('theme: early-help\n---\n', 'theme: early-help\n'));
    expectOneError(result, '---', 'missing-frontmatter', 'the --- block opened on line 1 is never closed',
      `add a line with --- after the last field (below line ${result.at('theme: early-help').line})`);
  });

  it('even when a --- further down the text would close it', () => {
    const result = check((s) => append('---\n\nAfter a rule.')(s.replace('theme: early-help\n---\n', 'theme: early-help\n')));
    expectOneError(result, '---', 'missing-frontmatter', 'the --- block opened on line 1 is never closed',
      `add a line with --- after the last field (below line ${result.at('theme: early-help').line})`);
  });

  it('a chapter with a rule in its text and its frontmatter closed is read', () => {
    expect(check(append('---\n\nAfter a rule.')).shown).toBe('');
  });
});

describe('lint: Markdown and MDX the site does not use', () => {
  it.each([
    ['a footnote with no note line', 'A claim[^1] here.', '[^1]', 'footnote', '[^1] is Markdown footnote syntax: the page would show it as written', "use <NoteRef n={1} /> for the report's note numbers"],
    ['a heading written with #', '# A second title', '# A second', 'heading-level', '“# A second title” is a second main title: the chapter’s title is the page’s main title', 'use ## for a section heading (### for a sub-section)'],
    ['a javascript: link', 'See [the form](javascript:alert(1)).', '[the form]', 'script-link', 'the link “the form” runs a script (javascript:) instead of going to a page', 'give the address of a page: /… for a page of this site, https://… for another site; or remove the link'],
    ['an export line', 'export const x = 5', 'export', 'code-in-chapter', '“export const x = 5” is MDX code, not text', 'delete the line: chapters hold text and the site’s components only, and the components need no import'],
    ['an import line', 'import Thing from "./thing.js"', 'import', 'code-in-chapter', '“import Thing from "./thing.js"” is MDX code, not text', 'delete the line: chapters hold text and the site’s components only, and the components need no import'],
    ['bold never closed', 'Some **bold words here.', '**', 'unclosed-bold', '“**” starts bold text that is never closed, so the page shows the two asterisks', 'add ** after the last word to be bold, or delete the **'],
    ['a link address with a space', 'See [the second](/test-report/second chapter/).', '](', 'link-with-space', 'the link address “/test-report/second chapter/” has a space in it, so the page shows the link as plain text with its brackets', 'remove the space (a page address uses hyphens, e.g. waiting-lists); in a web address write a space as %20'],
  ])('%s', (_name, text, needle, rule, message, fix) => {
    expectOneError(check(append(text)), needle, rule, message, fix);
  });

  it('a footnote and its note line: an error on each line', () => {
    const result = check(append('A claim[^1] here.\n\n[^1]: The note.'));
    expect(result.errors.map((f) => [f.rule, f.line, f.column]), result.shown).toEqual([
      ['footnote', result.at('[^1]').line, result.at('[^1]').column],
      ['footnote', result.at('[^1]:').line, 1],
    ]);
    expect(result.errors.map((f) => f.fix)).toEqual([
      "use <NoteRef n={1} /> for the report's note numbers",
      "delete it, and use <NoteRef n={1} /> where the text refers to the report's note",
    ]);
  });

  it('accepts escaped asterisks, closed bold, a ## heading and a link with a title', () => {
    expect(check(append('Marked \\*\\* in the source, **bold** words.\n\n## A section\n\nSee [the second](/test-report/second/ "The second chapter").')).shown).toBe('');
  });
});

describe('attributes in braces: MDX runs them as code when the page is built', () => {
  const QUOTE = 'by="North East Director of Children’s Services"';
  it('a word in braces, which would stop the build with “Director is not defined”', () => {
    expectOneError(check((s) => s.replace(QUOTE, 'by={Director}')), 'by={Director}', 'code-in-attribute',
      'by={Director} is in braces, which MDX runs as code when the page is built (and stops the build: “Director” is not defined)',
      'write the text in straight quotes: by="Director"');
  });

  it('text in quotes inside braces', () => {
    expectOneError(check((s) => s.replace(QUOTE, 'by={"A parent"}')), 'by={', 'code-in-attribute',
      'by={"A parent"} is in braces, which MDX runs as code when the page is built', 'write the text in straight quotes: by="A parent"');
  });

  it('a spread of attributes', () => {
    expectOneError(check((s) => s.replace(QUOTE, `${QUOTE} {...props}`)), '{...props}', 'code-in-attribute',
      '“{...props}” in <Quote> would be run as code when the page is built', 'delete it, and write each attribute as name="text", like <Quote by="A foster carer">…</Quote>');
  });

  it('a chart’s dataset in braces is one error, not also an unknown dataset', () => {
    expectOneError(check((s) => s.replace('dataset="fixture-poverty"', 'dataset={poverty.id}')), 'dataset={', 'code-in-attribute',
      'dataset={poverty.id} is in braces, which MDX runs as code when the page is built', 'write the text in straight quotes: dataset="…"');
  });

  it('the numbers components take are written in braces, and a number in quotes is read too', () => {
    expect(check((s) => s.replace('number={1}', 'number="1"')).shown).toBe('');
    expect(check(append('A note<NoteRef n={2} />.')).shown).toBe('');
  });

  it('a numbered item with no number says so, and how to write it', () => {
    const result = check((s) => s.replace(' number={1}', ''));
    expect(result.errors.map((f) => [f.rule, f.message, f.fix]), result.shown).toEqual([['recommendation-number', 'a <Recommendation> has no number', 'give it its number as the source prints it, in braces: <Recommendation number={4} theme="…">']]);
  });

  it('a number attribute in empty braces says so, not that a tag is unclosed', () => {
    const result = check((s) => s.replace('number={1}', 'number={}'));
    expect(result.errors.map((f) => [f.rule, f.message, f.fix]), result.shown).toEqual([['mdx-syntax', 'number={} is empty: the braces hold nothing', 'write the number in the braces, e.g. number={4}']]);
  });

  it('a number attribute holding code has its kind’s own error', () => {
    const result = check((s) => s.replace('number={1}', 'number={one}'));
    expect(result.errors.map((f) => [f.rule, f.message]), result.shown).toEqual([['recommendation-number', 'a <Recommendation> has the number “one”, which is not a whole number from 1']]);
  });
});
