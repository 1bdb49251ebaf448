/** How near a written name is to the ones that exist: for “did you mean …?” in messages. */
/** The attribute an editor most likely meant: same letters in another case, or one or two letters off. */
export function likelyAttribute(written: string, takes: readonly string[]): string | undefined {
  const lower = written.toLowerCase();
  return takes.find((name) => name.toLowerCase() === lower) ?? takes.find((name) => editDistance(name.toLowerCase(), lower) <= 2);
}

/** The option nearest to what was written, if near enough to be a slip (an id one or two keys off). */
export function closest(written: string, options: readonly string[]): string | undefined {
  const lower = written.toLowerCase();
  let best: string | undefined;
  let distance = Number.POSITIVE_INFINITY;
  for (const option of options) {
    const d = editDistance(option.toLowerCase(), lower);
    if (d < distance) [best, distance] = [option, d];
  }
  return distance <= Math.max(2, Math.floor(written.length / 4)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

