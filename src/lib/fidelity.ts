/**
 * Fidelity of the site to its source: every line of the plain-text source must be found in the
 * site's text, in order. Comparison ignores case, spacing and punctuation, so joined lines,
 * rejoined hyphenation and note markers rendered as superscripts all compare equal; anything
 * else that differs must be listed in an allowlist with the reason.
 */
export interface AllowedDifference {
  /** The source line exactly as it is in the source file. */
  line: string;
  reason: string;
}

export interface FidelityReport {
  /** Source lines not found anywhere on the site, and not allowed. */
  missing: string[];
  /** Long source lines found only before an earlier line: text out of order. */
  outOfOrder: string[];
  /** Allowlist entries whose line is not in the source (stale: remove them). */
  staleAllowances: string[];
  checkedLines: number;
}

/** Letters and digits only, lower case: "Socio-\neconomic" and "socioeconomic" compare equal. */
export function normaliseForComparison(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9£%]/g, '');
}

/** Lines shorter than this (normalised) must exist but do not anchor the order check. */
const ORDER_ANCHOR_LENGTH = 40;

export function checkFidelity(source: string, site: string, allowed: readonly AllowedDifference[] = []): FidelityReport {
  const haystack = normaliseForComparison(site);
  const allowedLines = new Map(allowed.map((a) => [a.line.trim(), a]));
  const lines = source.split(/\r?\n/).map((l) => l.trim()).filter((l) => normaliseForComparison(l).length > 0);
  // A numbered list's "1. " is shown by the site's own numbering (e.g. "Recommendation 1").
  const words = (line: string): string => normaliseForComparison(line.replace(/^\d{1,2}\.\s+/, ''));
  const report: FidelityReport = { missing: [], outOfOrder: [], staleAllowances: [], checkedLines: 0 };
  let cursor = 0;
  for (const line of lines) {
    report.checkedLines++;
    // An allowed difference (a pull-out printed twice, a page number…) neither counts nor moves the order check.
    if (allowedLines.has(line)) continue;
    const needle = words(line);
    const ahead = haystack.indexOf(needle, cursor);
    if (ahead >= 0) {
      if (needle.length >= ORDER_ANCHOR_LENGTH) cursor = ahead + needle.length;
      continue;
    }
    if (haystack.indexOf(needle) < 0) report.missing.push(line);
    else if (needle.length >= ORDER_ANCHOR_LENGTH) report.outOfOrder.push(line);
  }
  const sourceLines = new Set(lines);
  for (const a of allowed) if (!sourceLines.has(a.line.trim())) report.staleAllowances.push(a.line);
  return report;
}
