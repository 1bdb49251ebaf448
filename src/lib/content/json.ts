/** JSON that remembers where each value was written, so errors can name the line. */
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parseLocatedYaml, type LocatedYaml } from './yaml.ts';

/**
 * Strict JSON syntax first (jsonc-parser, with comments and trailing commas disallowed), so a
 * missing comma or quote is reported where it is; then positions from the YAML parser, which
 * reads JSON as YAML 1.2.
 */
export function parseLocatedJson(text: string): LocatedYaml {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first) {
    const before = text.slice(0, first.offset);
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    const words = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return { data: undefined, lineOf: () => line, syntaxError: { message: words, line, column } };
  }
  return parseLocatedYaml(text);
}
