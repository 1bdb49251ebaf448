/** Print content findings like a compiler and say whether they stop the build. */
import { relative } from 'node:path';
import { formatFinding, type Finding } from '../../lib/findings.ts';

/**
 * Each finding on a line of its own, errors and warnings in file order. With `root` (the content
 * root) the file paths are given from the working folder, so they open from where the command ran.
 */
export function printFindings(findings: readonly Finding[], root?: string): { errors: number; warnings: number } {
  const prefix = root ? relative(process.cwd(), root) : '';
  const sorted = [...findings].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  for (const finding of sorted) console.error(formatFinding(prefix ? { ...finding, file: `${prefix}/${finding.file}` } : finding));
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}
