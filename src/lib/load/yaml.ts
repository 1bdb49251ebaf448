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
  const syntaxError = first
    ? {
        message: first.message.split('\n')[0] ?? 'invalid YAML',
        line: toLine(first.pos[0]),
        column: counter.linePos(first.pos[0]).col,
      }
    : undefined;
  return { data: first ? undefined : doc.toJS(), lineOf, syntaxError };
}
