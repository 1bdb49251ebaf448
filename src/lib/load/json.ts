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
  const figure = figureMistake(text, error.offset);
  if (figure) return figure;
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

/**
 * A figure written as a document prints it, on the line where JSON stopped: "40,000", "40 000",
 * "39%", "£12". JSON numbers are digits only (a comma separates items), so the parser says a comma
 * is missing or a symbol is invalid; say what is wrong instead.
 */
export function figureMistake(text: string, offset: number): { offset: number; message: string; fix: string } | undefined {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  // The line with its strings blanked out: only what is written outside quotes counts.
  const line = text.slice(start, end === -1 ? text.length : end).replace(/"(?:[^"\\]|\\.)*"/g, (q) => ' '.repeat(q.length));
  const unit = /([£€$])\s?(\d+(?:,\d{3})*(?:\.\d+)?)|(\d+(?:,\d{3})*(?:\.\d+)?)\s?(%)/.exec(line);
  if (unit) {
    const written = unit[0];
    const number = (unit[2] ?? unit[3] ?? '').replace(/,/g, '');
    const symbol = unit[1] ?? unit[4] ?? '';
    const name = symbol === '%' ? '"percent"' : `"${symbol}" (or "${symbol} million", "${symbol} per week"…)`;
    return { offset: start + unit.index, message: `“${written}” is not a number: in a dataset the figures are numbers only, and the unit is said once, in "unit"`,
      fix: `write ${number}, and give the unit in "unit": ${name}` };
  }
  const separated = /(?<![\d.])\d{1,3}(?:(,|\s)\d{3})+(?![\d.])/.exec(line);
  if (separated) {
    const written = separated[0];
    return { offset: start + separated.index, message: `“${written}” is written with a thousands separator: JSON numbers are digits only, and ${separated[1] === ',' ? 'a comma separates two numbers' : 'a space ends a number'}`,
      fix: `write ${written.replace(/[,\s]/g, '')}, and any unit in "unit": the site shows numbers to readers with separators, in its own style` };
  }
  return undefined;
}
