/**
 * Read a YAML or JSON content file into values that remember their lines: the file's encoding is
 * checked first (text-file.ts), then its syntax; either mistake is one finding at the file and
 * line, with the most specific fix known (yaml.ts, json.ts), and the file is then not read further.
 */
import { join } from 'node:path';
import { finding, type Finding } from '../findings.ts';
import { readContentFile } from './text-file.ts';
import { parseLocatedYaml, type LocatedYaml } from './yaml.ts';
import { parseLocatedJson } from './json.ts';

export interface ReadFile extends LocatedYaml {
  text: string;
}

/** A YAML file under `root`; undefined (with its finding) when it cannot be read. `fix` is said when nothing more specific is known. */
export function readYamlFile(root: string, file: string, findings: Finding[], fix = 'fix the YAML on this line (indentation, a missing colon, or a value containing ": " that needs quotes)'): ReadFile | undefined {
  const read = readContentFile(join(root, file), file);
  if (!read.ok) {
    findings.push(read.finding);
    return undefined;
  }
  const yaml = parseLocatedYaml(read.text);
  if (yaml.syntaxError) {
    findings.push(finding(file, yaml.syntaxError.line, 'yaml-syntax', yaml.syntaxError.message, yaml.syntaxError.fix ?? fix, yaml.syntaxError.column));
    return undefined;
  }
  return { ...yaml, text: read.text };
}

/** A JSON file under `root`; undefined (with its finding) when it cannot be read. */
export function readJsonFile(root: string, file: string, findings: Finding[]): ReadFile | undefined {
  const read = readContentFile(join(root, file), file);
  if (!read.ok) {
    findings.push(read.finding);
    return undefined;
  }
  const json = parseLocatedJson(read.text);
  if (json.syntaxError) {
    findings.push(finding(file, json.syntaxError.line, 'json-syntax', `not valid JSON: ${json.syntaxError.message}`, json.syntaxError.fix ?? 'check for a missing comma or quote, or a comma after the last item', json.syntaxError.column));
    return undefined;
  }
  return { ...json, text: read.text };
}
