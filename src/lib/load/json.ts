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
    const { offset, message, fix } = whereTheMistakeIs(text, first);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return { data: undefined, lineOf: () => line, syntaxError: { message, line, column, ...(fix ? { fix } : {}) } };
  }
  return parseLocatedYaml(text);
}

/**
 * The parser notices a stray or missing comma only at the next item, often on the next line:
 * name the place where the comma is, or should be, instead.
 */
function whereTheMistakeIs(text: string, error: ParseError): { offset: number; message: string; fix?: string } {
  const previous = text.slice(0, error.offset).trimEnd();
  const next = text[error.offset];
  if (previous.endsWith(',') && (next === ']' || next === '}')) {
    return { offset: previous.length - 1, message: 'a comma after the last item', fix: 'remove the comma at the end of this line' };
  }
  if (printParseErrorCode(error.error) === 'InvalidCommentToken') {
    return { offset: error.offset, message: 'JSON files cannot hold comments', fix: 'remove the // or /* */ text on this line (a note on the data belongs in "description")' };
  }
  if (printParseErrorCode(error.error) === 'CommaExpected') {
    return { offset: previous.length, message: 'a comma is missing at the end of this line, before the next item', fix: 'add a comma at the end of this line' };
  }
  return { offset: error.offset, message: printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() };
}
