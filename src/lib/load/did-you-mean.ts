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


/** The fix for a name that is not one of `options`: the likely one first, where there is one, then the list. */
export function useOneOf(written: string, options: Iterable<string>): string {
  const all = [...options];
  const meant = closest(written, all);
  return meant ? `did you mean "${meant}"? The ones there are: ${all.join(', ')}` : `use one of: ${all.join(', ')}`;
}

/**
 * The page a mistyped link most likely meant: the nearest path by spelling, else the one page
 * beside it whose name holds the written name or is held by it ("/report/waiting-lists/" for
 * "/report/lists/").
 */
export function likelyPage(written: string, pages: readonly string[]): string | undefined {
  const near = closest(written, pages);
  if (near) return near;
  const segments = written.split('/').filter(Boolean);
  const name = segments.at(-1)?.toLowerCase();
  if (!name) return undefined;
  const parent = `/${segments.slice(0, -1).map((x) => `${x}/`).join('')}`;
  const beside = pages.filter((page) => {
    if (!page.startsWith(parent)) return false;
    const rest = page.slice(parent.length).replace(/\/$/, '').toLowerCase();
    return rest !== '' && !rest.includes('/') && (rest.includes(name) || name.includes(rest));
  });
  return beside.length === 1 ? beside[0] : undefined;
}
