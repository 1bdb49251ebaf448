/** Numbering rules for numbered items: each publication runs 1..N with no gap and no repeat. */
export interface Numbered {
  number: number;
  where: string;
}

export type NumberingProblem =
  | { kind: 'duplicate'; number: number; where: string[] }
  /** Numbers `number` to `last` are missing; `next` is the number after them, written at `where`. */
  | { kind: 'gap'; number: number; last: number; next: number; where: string[] };

export function checkNumbering(items: readonly Numbered[]): NumberingProblem[] {
  const byNumber = new Map<number, string[]>();
  for (const item of items) byNumber.set(item.number, [...(byNumber.get(item.number) ?? []), item.where]);
  const problems: NumberingProblem[] = [];
  for (const [number, where] of [...byNumber].sort((a, b) => a[0] - b[0])) {
    if (where.length > 1) problems.push({ kind: 'duplicate', number, where });
  }
  // Each run of missing numbers once, at the number that comes after it: the one most likely wrong.
  const present = [...byNumber.keys()].sort((a, b) => a - b);
  let expected = 1;
  for (const n of present) {
    if (n > expected) problems.push({ kind: 'gap', number: expected, last: n - 1, next: n, where: byNumber.get(n)! });
    expected = Math.max(expected, n + 1);
  }
  return problems;
}
