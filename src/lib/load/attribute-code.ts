/**
 * Attributes written in braces. MDX runs what braces hold as code while the page is built, so
 * `<Quote by={Director}>` passes a reading of the text and then stops the build with "Director is
 * not defined" and a bundler's stack trace. A component takes only what it needs: a whole number in
 * braces for the attributes its spec lists as numbers (number={4}, n={12}), and text in quotes for
 * the rest; anything else is one error at the attribute, with the line to write instead.
 */
import { finding, type Finding } from '../findings.ts';
import type { ComponentSpec } from '../kinds/kind.ts';
import type { ExtractedComponent } from '../model.ts';

/** A string literal in braces, {"A parent"} or {'A parent'} or {`A parent`}: its text. */
function literalText(code: string): string | undefined {
  const m = /^(["'`])([\s\S]*)\1$/.exec(code);
  return m && !(m[1] === '`' && m[2]!.includes('${')) ? m[2] : undefined;
}

const shown = (code: string): string => (code.length > 40 ? `${code.slice(0, 40)}…` : code);

/** Whether the component's attribute was written in braces (its own error says so: what it names is not looked up). */
export function writtenAsCode(component: ExtractedComponent, name: string): boolean {
  return component.code?.some((c) => c.name === name) ?? false;
}

export function codeInAttributes(file: string, component: ExtractedComponent, spec: ComponentSpec): Finding[] {
  const findings: Finding[] = [];
  for (const { name, code, line, column } of component.code ?? []) {
    const at = (message: string, fix: string): void => { findings.push(finding(file, line, 'code-in-attribute', message, fix, column)); };
    if (name === '...') {
      at(`“{${shown(code)}}” in <${component.name}> would be run as code when the page is built`, `delete it, and write each attribute as name="text", like ${spec.example}`);
      continue;
    }
    // An attribute the component does not take has its own error (unknown-attribute).
    if (!spec.takes.includes(name)) continue;
    if (spec.numbers?.includes(name)) {
      // A whole number is what it takes; anything else is reported by its kind (recommendation-number, note-number).
      continue;
    }
    const text = literalText(code);
    const words = text ?? (/^[\p{L}\p{N}’' -]+$/u.test(code) ? code : '…');
    at(`${name}={${shown(code)}} is in braces, which MDX runs as code when the page is built${/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(code) ? ` (and stops the build: “${code}” is not defined)` : ''}`,
      `write the text in straight quotes: ${name}="${words}"`);
  }
  return findings;
}
