/** Numbering rules for recommendations: each publication runs 1..N with no gap and no repeat. */
export interface Numbered {
  number: number;
  where: string;
}

export interface NumberingProblem {
  kind: 'duplicate' | 'gap';
  number: number;
  where: string[];
}

export function checkNumbering(items: readonly Numbered[]): NumberingProblem[] {
  const byNumber = new Map<number, string[]>();
  for (const item of items) byNumber.set(item.number, [...(byNumber.get(item.number) ?? []), item.where]);
  const problems: NumberingProblem[] = [];
  for (const [number, where] of [...byNumber].sort((a, b) => a[0] - b[0])) {
    if (where.length > 1) problems.push({ kind: 'duplicate', number, where });
  }
  const max = Math.max(0, ...byNumber.keys());
  for (let n = 1; n <= max; n++) {
    if (!byNumber.has(n)) {
      const after = [...byNumber].filter(([k]) => k < n).sort((a, b) => b[0] - a[0])[0];
      problems.push({ kind: 'gap', number: n, where: after ? after[1] : [] });
    }
  }
  return problems;
}

/** Group items by a key, keeping the order of first appearance of each key. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
