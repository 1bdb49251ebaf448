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
    const written = text.split(/\r?\n/)[line - 1] ?? '';
    const known = likelyYamlMistake(written);
    syntaxError = known
      ? { ...known, line: line + firstLine - 1, column: known.column ?? col }
      : { message: first.message.split('\n')[0] ?? 'invalid YAML', line: toLine(first.pos[0]), column: col };
  }
  return { data: first ? undefined : doc.toJS(), lineOf, syntaxError };
}

/** A value in double quotes, as YAML reads it back: inner " and \ escaped. */
const doubleQuoted = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * What most likely went wrong on the line where YAML stopped, in an editor's words: a tab in the
 * indentation, a value holding ": " (read as another field), or a quoted value with more after its
 * closing quote. Undefined when the line shows none of these.
 */
export function likelyYamlMistake(written: string): { message: string; fix: string; column?: number } | undefined {
  const tab = /^[ ]*\t/.exec(written);
  if (tab) {
    return { column: tab[0].length, message: 'this line is indented with a tab: YAML indents with spaces only',
      fix: 'replace the tab at the start of the line with spaces, lined up with the field above it: two spaces for each level' };
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
