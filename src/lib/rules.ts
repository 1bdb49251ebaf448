/**
 * Every rule the content check applies, in one table: its id (what a message names), whether it
 * stops the build (error) or is only printed (warning), whether an error of it can move or drop
 * a chapter's anchors (then published addresses are checked only once it is fixed), and what it
 * means, in the words EDITING.md prints. EDITING.md's table of rules is generated from this one
 * (`npm run docs`), and a test keeps the two the same; a finding can only name a rule listed here.
 */
export interface Rule {
  severity: 'error' | 'warning';
  /**
   * False for a mistake in a reference to other content (a link, a dataset's sentence, a press
   * quote), which leaves every anchor where it is; true for anything that can change what a
   * chapter holds or whether it is read at all.
   */
  movesAnchors: boolean;
  /** What is wrong, for editors (Markdown). */
  explanation: string;
}

const error = (explanation: string, movesAnchors = true): Rule => ({ severity: 'error', movesAnchors, explanation });
const warning = (explanation: string): Rule => ({ severity: 'warning', movesAnchors: false, explanation });

export const RULES = {
  'missing-field': error('a required field is missing from a chapter’s frontmatter, a YAML file or a dataset'),
  'invalid-field': error('a field has the wrong kind of value (the message shows what it received), a date that does not exist, such as `2021-13`, or a date after today; a colour written without quotes (`colour: #1f6b3a`) reads as empty, since `#` starts a comment in YAML'),
  'unknown-field': error('a field the file does not take (often a misspelling, which would otherwise be silently ignored); the message suggests the likely one'),
  'yaml-syntax': error('the frontmatter or a YAML file cannot be read: check indentation, colons, quotes'),
  'file-encoding': error('a file not saved as UTF-8: Windows-1252 (“ANSI”) from an older editor, or UTF-16 (“Unicode”) from Notepad. Save it as UTF-8 (“Save with encoding” or “Save as…” in most editors). A byte-order mark at the start of a UTF-8 file is fine'),
  'json-syntax': error('a dataset is not valid JSON: a missing comma or quote, a comma after the last item, or a `//` comment; the line named is the one with the comma, or where it is missing'),
  'missing-frontmatter': error('the chapter does not start with the `---` block, or the block is never closed: add a line with `---` after its last field'),
  'summary-not-in-chapter': error('a chapter’s `summary` is not word for word in its text (case and punctuation aside): copy it from the chapter, without note numbers'),
  'mdx-syntax': error('a tag is not closed, or `{ } <` appear in text unescaped. The message names the likely cause: an attribute value whose closing quote is missing (`by="…"`), curly quotes around an attribute value (write `by="…"` with straight quotes), a `<` before a number (write `&lt;5`, or “under 5”), an HTML comment `<!-- -->` (write `{/* … */}`)'),
  'code-in-text': error('a word in braces, such as `{word}`: MDX would run it as code. To show braces, write `\\{word\\}`; in a chapter, braces hold only comments such as `{/* removed */}`'),
  'code-in-attribute': error('an attribute value in braces, such as `by={Director}`: MDX would run it as code when the page is built, and stop the build. Write text in straight quotes, `by="Director"`; braces hold only the whole numbers of `number={4}` and `n={12}`'),
  'unknown-component': error('a `<Tag>` the site does not know (check spelling and capitals), or HTML pasted from Word or a web page (`<p>`, `<span>`, `<o:p>`, `<br>`): keep the text and delete the tags; a blank line starts a new paragraph'),
  'code-in-chapter': error('an `import` or `export` line: MDX code. Chapters hold text and the site’s components only: delete the line'),
  'missing-attribute': error('a component is missing a required attribute'),
  'unknown-attribute': error('a component has an attribute it does not take (often a misspelling: `chapterwording` for `chapterWording`), which would be silently ignored; the message suggests the likely one'),
  'scaffold-placeholder': error('a file made by `npm run new` still has the template’s placeholder words: replace them with the publication’s own'),
  'unknown-publication': error('the chapter (or coverage, or `<AllRecommendations>`) names a publication that does not exist'),
  'publication-folder': error('the chapter sits in another publication’s folder than the one its `publication` names'),
  'unknown-theme': error('a theme id that is not in `src/content/themes.yaml`'),
  'unknown-format': error('a publication’s `format` is not one of the formats listed in `src/content/site.yaml`'),
  'unknown-numbered-item': error('a publication’s `numberedItem` is not one of the words listed under `numberedItems` in `src/content/site.yaml`'),
  'unknown-theme-kind': error('a theme’s `kind` is not one of the kinds listed under `themeKinds` in `src/content/site.yaml`'),
  'duplicate-order': error('two chapters of a publication have the same `order`, or the same chapter `number` (the 6 of paragraph 6.12)'),
  'duplicate-title': error('two chapters of a publication have the same `title` (or `shortTitle`): readers could not tell them apart in its contents, the search results or the citations'),
  'stray-file': error('a file in `src/content/chapters/` that is not a chapter (`.mdx`): a chapter saved as `.md` would never be published. Rename it to `.mdx`, or move it out of the folder'),
  'recommendation-number': error('a numbered item (`<Recommendation>`) without a valid number'),
  'recommendation-theme': error('a numbered item (`<Recommendation>`) without a theme'),
  'recommendation-duplicate': error('two numbered items of a publication share a number'),
  'recommendation-gap': error('a number is skipped in a publication’s numbered items (named at the item after the gap)'),
  'quote-attribution': error('a `<Quote>` without `by="…"`'),
  'unknown-dataset': error('a `<Chart>` naming a dataset that does not exist'),
  'unknown-key-figure': error('a `<KeyFigure>` naming a key figure that does not exist'),
  'series-length': error('a series has more or fewer numbers than there are categories (often a thousands comma: write `2841`, not `2,841`)'),
  'value-not-stated': error('a number in a dataset or key figure is not written in its `statedIn` sentence'),
  'statement-not-in-source': error('a `statedIn` sentence, or a coverage headline or quote, is not in the source document'),
  'statement-not-in-chapter': error('the `statedIn` sentence is not in the chapter it names', false),
  'unknown-document': error('a `statedIn` or coverage `source` names a file that is not in `data/sources/`'),
  'unknown-chapter': error('the `statedIn` names a chapter that does not exist', false),
  'dataset-id': error('the dataset’s `id` differs from its file name'),
  'broken-link': error('a link to a page that does not exist', false),
  'broken-fragment': error('a link to an anchor that is not on its page', false),
  'placeholder-link': error('a link with no address (`#` or empty)', false),
  'relative-link': error('a link such as `(waiting-lists)` that does not start with `/`, `#` or `https://`: it would lead to a different place on every page. Write the page’s address from the site’s root, such as `/annual-report/waiting-lists/`', false),
  'link-text-mismatch': error('the link’s text is a web address other than where the link goes', false),
  'script-link': error('a link to `javascript:` (or `data:`, `vbscript:`) runs a script instead of going to a page'),
  'link-with-space': error('a link whose address has a space in it: the page shows it as plain text with its brackets. Remove the space (page addresses use hyphens)'),
  'footnote': error('Markdown footnote syntax, `[^1]` or `[^1]: …`: the page shows it as written or adds its own “Footnotes” list. Use `<NoteRef n={1} />` for the printed document’s note numbers'),
  'heading-level': error('a heading written `# …`: the chapter’s title is the page’s only main title. Use `##` for a section, `###` for a sub-section'),
  'heading-skip': error('a heading more than one level below the heading before it (`##` then `####`): the page’s outline, which screen readers list, would skip a level. Use `###` below `##`'),
  'unclosed-bold': error('`**` that starts bold text never closed, so the page shows the asterisks: close it with `**`, or write `\\*\\*` for asterisks meant as text'),
  'change-without-note': warning('a published paragraph’s words changed and the chapter’s `corrections:` record no correction of that day: the history of changes would show the change without a note saying why'),
  'repeated-word': warning('the same word twice in a row (“paradigm paradigm”)'),
  'unbalanced-quotes': warning('a paragraph opens and closes a different number of “double quotation marks”'),
  'silence-refused': warning('a `{/* lint-ignore … */}` comment names a rule that cannot be silenced: only `repeated-word` and `unbalanced-quotes` can (the source may be so); fix what the others report (`change-without-note` by an entry in the chapter’s `corrections:`)'),
  'image-alt': error('an image without alt text'),
  'missing-image': error('an image whose file is not in `public/` (a misspelt name, or a file not yet added), one written without the `/` of an address from the site’s root, or one on another site, which pages never load from: put the file in `public/images/` and write `![what it shows](/images/file.png)`', false),
  'large-image': warning('an image file over 500 KB, which makes its page slow on a phone: save it at most 1600 pixels wide, as JPEG for a photograph or PNG for a diagram'),
  'duplicate-code': error('two publications share a short code'),
  'duplicate-id': error('two themes, key figures or numbered-item words share an id, or two anchors of a chapter the same id (e.g. two headings with the same text and a hand-written id)'),
  'note-number': error('a `<NoteRef>` without a whole note number: write `<NoteRef n={12} />`'),
  'invalid-id': error('a file name that cannot be part of a web address, or that the site’s own pages use (such as `themes` or `data` for a publication, `print` for a chapter): use lower-case letters, digits and hyphens, and another name'),
  'misplaced-file': error('a chapter file not inside its publication’s folder under `src/content/chapters/`'),
  'missing-file': error('a required file (such as `src/content/site.yaml` or `src/content/themes.yaml`) is missing'),
  'invalid-file': error('a file is not the list or group of fields it should be'),
  'missing-public-file': error('the site file names a file (its `favicon`) that is not in `public/`', false),
  'low-contrast': error('a colour text could not be read in: a theme’s `colour` needs 4.5:1 against the light page, `colourDark` against the dark one'),
  'permalink-changed': error('a published paragraph, quote or numbered item’s anchor would now hold other words: see “Links that must keep working” (`{/* inserted */}`, `{/* removed */}`, or `npm run permalinks -- --accept`)'),
  'permalink-renumbered': error('a published chapter’s number would change (its `order` changed, so 9.12 would become 10.12 in its pages and PDF): keep its number with `number: 9` in its frontmatter, or put its `order` back'),
  'permalink-removed': error('a published anchor (a heading, a paragraph) is gone: declare where it went in `src/content/moves.yaml`'),
  'page-removed': error('a published page or file is gone (a chapter renamed or deleted): restore it, or declare where it went in `src/content/moves.yaml`', false),
  'invalid-move': error('a line of `src/content/moves.yaml` is not  `old: new`'),
  'move-target-missing': error('a line of `src/content/moves.yaml` points to a page or anchor that does not exist'),
  'move-shadowed': error('a line of `src/content/moves.yaml` moves an address that still exists'),
  'unknown-item': error('`src/content/progress.yaml` names a numbered item that does not exist (write its code and number as in its address: `2021-4` for `/recommendations/2021-4/`)', false),
  'unknown-quote': error('`src/content/press.yaml` features a quote that is not on the site (if its chapter was renamed, the message gives the new name)', false),
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

export function ruleOf(id: RuleId): Rule {
  return RULES[id];
}

/** The rules table as EDITING.md prints it (between its "rules" markers). */
export function rulesTable(): string {
  const rows = (Object.entries(RULES) as [RuleId, Rule][]).map(([id, rule]) =>
    `| \`${id}\`${rule.severity === 'warning' ? ' (warning)' : ''} | ${rule.explanation} |`);
  return ['| rule | what is wrong |', '|---|---|', ...rows].join('\n');
}
