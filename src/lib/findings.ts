/**
 * A problem found in an editor's file, reported like a compiler does:
 *   file:line:column  rule  message  (how to fix)
 * The rule is one of the content rules (src/lib/rules.ts), which gives its severity.
 */
import { RULES, type RuleId } from './rules.ts';

export type Severity = 'error' | 'warning';

export interface Finding {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  rule: RuleId;
  message: string;
  fix: string;
  severity: Severity;
}

/** A finding of `rule`, with the severity the rules table gives it; at column 1 of `line` unless told. */
export function finding(file: string, line: number | undefined, rule: RuleId, message: string, fix: string, column?: number): Finding {
  return { file, line, column: line === undefined ? undefined : (column ?? 1), rule, message, fix, severity: RULES[rule].severity };
}

export function formatFinding(f: Finding): string {
  const where = [f.file, f.line, f.line !== undefined ? (f.column ?? 1) : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const label = f.severity === 'warning' ? 'warning ' : '';
  return `${where}  ${label}${f.rule}  ${f.message}  (${f.fix})`;
}

/** Thrown when content cannot be built; its message lists every error finding. */
export class ContentError extends Error {
  readonly findings: Finding[];

  constructor(findings: Finding[]) {
    const errors = findings.filter((f) => f.severity === 'error');
    super(
      `The content has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n` +
        errors.map(formatFinding).join('\n'),
    );
    this.name = 'ContentError';
    this.findings = findings;
  }
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** Whether any error could have moved or dropped a chapter's anchors (see Rule.movesAnchors). */
export function anchorsMayHaveMoved(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error' && RULES[f.rule].movesAnchors);
}
