/** Turn schema (Zod) problems into findings that name the file, line, field, value received and what is expected. */
import type { z } from 'astro/zod';
import type { Finding } from '../content-error.ts';

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

export function schemaFindings(
  file: string,
  error: z.ZodError,
  data: unknown,
  lineOf: (path: readonly PropertyKey[]) => number,
  example: string,
): Finding[] {
  return error.issues.map((issue) => {
    const path = issue.path as PropertyKey[];
    const field = fieldName(path) || '(the whole entry)';
    const received = valueAt(data, path);
    const message =
      received === undefined
        ? `field "${field}" is missing`
        : `field "${field}" ${issue.message.replace(/^Invalid input: /, '').toLowerCase()} (received ${describe(received)})`;
    return {
      file,
      line: lineOf(path),
      column: 1,
      rule: received === undefined ? 'missing-field' : 'invalid-field',
      message,
      fix: `${example}`,
      severity: 'error' as const,
    };
  });
}
