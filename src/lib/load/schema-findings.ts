/** Turn schema (Zod) problems into findings that name the file, line, field, value received and what is expected. */
import { listed } from '../typography.ts';
import type { z } from 'astro/zod';
import type { Finding } from '../findings.ts';
import { closest } from './did-you-mean.ts';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : String(key))).join('.').replace(/\.\[/g, '[');
}

const KINDS: Record<string, string> = {
  string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a group of fields',
};

/** What is wrong, in an editor's words rather than the schema library's. */
function plainProblem(issue: z.core.$ZodIssue, received: unknown): string {
  const details = issue as unknown as { expected?: string; origin?: string; maximum?: number | bigint; minimum?: number | bigint; values?: unknown[] };
  switch (issue.code) {
    case 'invalid_type':
      if (received === null) return `is empty: it must be ${KINDS[details.expected ?? ''] ?? details.expected}`;
      return `must be ${KINDS[details.expected ?? ''] ?? details.expected}, not ${Array.isArray(received) ? 'a list' : typeof received === 'string' ? 'text' : typeof received === 'number' ? (Number.isInteger(received) ? 'a number' : 'a number with decimals') : typeof received}`;
    case 'too_big':
      if (details.origin === 'string' && typeof received === 'string') return `is ${received.length} characters long: it must be ${details.maximum} or fewer`;
      if (details.origin === 'array' && Array.isArray(received)) return `has ${received.length} items: it must have ${details.maximum} or fewer`;
      return `must be at most ${details.maximum}`;
    case 'too_small':
      if (details.origin === 'string' && details.minimum === 1) return 'is empty';
      if (details.origin === 'array' && Array.isArray(received)) return `has ${received.length} items: it must have at least ${details.minimum}`;
      if (details.origin === 'string' && typeof received === 'string') return `is ${received.length} characters long: it must be at least ${details.minimum}`;
      return `must be at least ${details.minimum}`;
    case 'invalid_value':
      return `must be one of ${(details.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    default: {
      // Our own messages ("must be a date as YYYY…") are already in plain words.
      const text = issue.message.replace(/^Invalid input: /, '');
      return text.charAt(0).toLowerCase() + text.slice(1);
    }
  }
}

/**
 * A number written as text ("40,000", "39%", "£15,000"): the value to write instead, digits only
 * and without quotes; undefined when the text is no number.
 */
export function numberInText(issue: z.core.$ZodIssue, received: unknown): string | undefined {
  const expected = (issue as unknown as { expected?: string }).expected;
  if (issue.code !== 'invalid_type' || (expected !== 'number' && expected !== 'int') || typeof received !== 'string') return undefined;
  const digits = received.trim().replace(/^[£$€]\s*/, '').replace(/\s*%$/, '').replace(/(\d)[,\s](?=\d{3}\b)/g, '$1');
  return /^-?\d+(\.\d+)?$/.test(digits) ? digits : undefined;
}

/** "write 40000: digits alone, without quotes or commas" */
function numberFix(written: string, number: string): string {
  const without = ['quotes', ...(/\d[,\s]\d/.test(written) ? ['commas'] : []), ...(written.includes('%') ? ['a % sign'] : []), ...(/[£$€]/.test(written) ? ['a currency sign'] : [])];
  return `write ${number}: a number is digits alone, without ${listed(without, 'or')} (the dataset's "unit" says what it counts)`;
}

export function schemaFindings(
  file: string,
  error: z.ZodError,
  data: unknown,
  lineOf: (path: readonly PropertyKey[]) => number,
  example: string,
): Finding[] {
  // A misspelt field is one mistake: reported once, as a field the file does not take, with the
  // missing field it most likely meant, which is then not also reported as missing.
  const missing = error.issues.filter((issue) => valueAt(data, issue.path as PropertyKey[]) === undefined).map((issue) => issue.path as PropertyKey[]);
  const meantBy = new Map<string, string>();
  const unknown: Finding[] = [];
  for (const issue of error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const at = issue.path as PropertyKey[];
    for (const key of (issue as unknown as { keys: string[] }).keys) {
      const candidates = missing.filter((p) => p.length === at.length + 1 && at.every((k, i) => p[i] === k)).map((p) => String(p.at(-1)));
      const meant = closest(key, candidates);
      if (meant) meantBy.set(fieldName([...at, meant]), key);
      unknown.push({
        file, line: lineOf([...at, key]), column: 1, rule: 'unknown-field', severity: 'error',
        message: `field "${fieldName([...at, key])}" is not one this file takes, so it would be ignored`,
        fix: meant ? `did you mean "${meant}"? Rename it` : `remove it, or check its spelling; ${example}`,
      });
    }
  }
  return [...unknown, ...error.issues.filter((issue) => issue.code !== 'unrecognized_keys').flatMap((issue): Finding[] => {
    const path = issue.path as PropertyKey[];
    const field = fieldName(path) || '(the whole entry)';
    const received = valueAt(data, path);
    if (received === undefined && meantBy.has(field)) return [];
    const message =
      received === undefined
        ? `field "${field}" is missing`
        : `field "${field}" ${plainProblem(issue, received)} (received ${describe(received)})`;
    const number = numberInText(issue, received);
    return [{
      file,
      line: lineOf(path),
      column: 1,
      rule: received === undefined ? 'missing-field' : 'invalid-field',
      message,
      fix: number !== undefined ? numberFix(String(received), number) : `${example}`,
      severity: 'error' as const,
    }];
  })];
}
