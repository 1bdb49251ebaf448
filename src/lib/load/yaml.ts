/** YAML that remembers where each value was written, so errors can name the line. */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Node as YamlNode } from 'yaml';

export interface LocatedYaml {
  data: unknown;
  /** Line (1-based, in the whole file) of the value at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
  /** The first syntax error; `fix` when the parser knows exactly what to do about it. */
  syntaxError?: { message: string; line: number; column: number; fix?: string } | undefined;
}

export function parseLocatedYaml(text: string, firstLine = 1): LocatedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number): number => counter.linePos(offset).line + firstLine - 1;

  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = doc.contents;
    let line = node && (node as YamlNode).range ? toLine((node as YamlNode).range![0]) : firstLine;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        if (!pair) break;
        const keyNode = pair.key as YamlNode;
        if (keyNode.range) line = toLine(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        if (node && (node as YamlNode).range) line = toLine((node as YamlNode).range![0]);
      } else break;
    }
    return line;
  };

  const first = doc.errors[0];
  let syntaxError: LocatedYaml['syntaxError'];
  if (first) {
    const { line, col } = counter.linePos(first.pos[0]);
    const lines = text.split(/\r?\n/);
    const written = lines[line - 1] ?? '';
    const indented = misplacedIndent(lines, line);
    const known: { message: string; fix: string; column?: number; line?: number } | undefined = indented ?? likelyYamlMistake(written, lines.slice(0, line - 1));
    syntaxError = known
      ? { ...known, line: (known.line ?? line) + firstLine - 1, column: known.column ?? col }
      : { message: first.message.split('\n')[0] ?? 'invalid YAML', line: toLine(first.pos[0]), column: col };
  }
  return { data: first ? undefined : doc.toJS(), lineOf, syntaxError };
}

/** The nearest field above (not a blank line or comment): the column its name starts at (after a list's "- "), its name, and whether it has a value on its line. */
function fieldAbove(above: readonly string[]): { indent: number; key: string; value: boolean } | undefined {
  for (let i = above.length - 1; i >= 0; i--) {
    const line = above[i]!;
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const match = /^( *(?:- +)?)([A-Za-z_][\w-]*):(.*)$/.exec(line);
    return match ? { indent: match[1]!.length, key: match[2]!, value: !!match[3]!.replace(/#.*/, '').trim() } : undefined;
  }
  return undefined;
}

/**
 * A field indented under one that already has its value ("title: x" then "  order: 6"): YAML
 * reports it at the line above, in its own words; this names the indented line and its fix.
 */
function misplacedIndent(lines: readonly string[], from: number): { line: number; message: string; fix: string; column: number } | undefined {
  for (let i = Math.max(1, from - 1); i < Math.min(lines.length, from + 1); i++) {
    const here = /^( +)([A-Za-z_][\w-]*):/.exec(lines[i]!);
    const field = fieldAbove(lines.slice(0, i));
    if (here && field?.value && here[1]!.length > field.indent) {
      return { line: i + 1, column: 1, message: `this line is indented under “${field.key}”, which has its value already, so YAML cannot read “${here[2]}” as a field`,
        fix: field.indent === 0 ? `remove the spaces at the start of the line: “${here[2]}” starts at the left margin, like “${field.key}”` : `start “${here[2]}” where “${field.key}” starts (${field.indent} spaces)` };
    }
  }
  return undefined;
}

/** A value in double quotes, as YAML reads it back: inner " and \ escaped. */
const doubleQuoted = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * What most likely went wrong on the line where YAML stopped, in an editor's words: a tab in the
 * indentation, a value holding ": " (read as another field), or a quoted value with more after its
 * closing quote. Undefined when the line shows none of these.
 */
export function likelyYamlMistake(written: string, above: readonly string[] = []): { message: string; fix: string; column?: number } | undefined {
  const tab = /^[ ]*\t/.exec(written);
  if (tab) {
    const field = fieldAbove(above);
    // Under a field with a value of its own, a line is another field: it starts where that one does.
    const fix = field && field.value
      ? (field.indent === 0 ? `delete the tab: this field starts at the left margin, like “${field.key}” above it` : `replace the tab with ${field.indent} spaces, so that this field starts where “${field.key}” above it does`)
      : 'replace the tab at the start of the line with spaces, lined up with the field above it: two spaces for each level';
    return { column: tab[0].length, message: 'this line is indented with a tab: YAML indents with spaces only', fix };
  }
  const field = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):[ \t]+(.*?)\s*$/.exec(written);
  if (!field) return undefined;
  const [, indent = '', key = '', value = ''] = field;
  const quote = value[0];
  if (quote === '"' || quote === "'") {
    const close = quote === '"' ? /^"(?:[^"\\]|\\.)*"/.exec(value) : /^'(?:[^']|'')*'/.exec(value);
    if (close && close[0].length < value.length && !/^\s*#/.test(value.slice(close[0].length))) {
      // Meant as text: the words between the quotes if the value ends with one, else all of it.
      const inner = value.length > 1 && value.endsWith(quote) ? value.slice(1, -1) : value;
      return { column: indent.length + key.length + 3, message: `the value of "${key}" ends at its closing ${quote} but the line goes on (${quote === "'" ? 'an apostrophe inside ‘…’ ends the value' : 'a " inside "…" ends the value'})`,
        fix: quote === "'" ? `write it in double quotes: ${key}: ${doubleQuoted(inner)}` : `write a " inside the value as \\" (or use curly quotes “ ”): ${key}: ${doubleQuoted(inner)}` };
    }
    return undefined;
  }
  const colon = /:\s/.exec(value) ?? (value.endsWith(':') ? { index: value.length - 1 } : null);
  if (colon && !value.startsWith('{') && !value.startsWith('[')) {
    const before = value.slice(0, colon.index).trim();
    return { column: indent.length + key.length + 3 + colon.index, message: `the value of "${key}" holds “: ” (after “${before.length > 30 ? `…${before.slice(-30)}` : before}”), which YAML reads as the start of another field`,
      fix: `put the whole value in double quotes: ${key}: ${doubleQuoted(value)}` };
  }
  return undefined;
}
