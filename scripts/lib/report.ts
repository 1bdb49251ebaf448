/** Print content findings like a compiler and say whether they stop the build. */
import { formatFinding, type Finding } from '../../src/lib/content-error.ts';

export function printFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  const sorted = [...findings].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  for (const finding of sorted) console.error(formatFinding(finding));
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}
