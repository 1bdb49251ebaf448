/**
 * Find Java for the HTML checker (the W3C Nu checker, vnu.jar from the vnu-jar package): JAVA_HOME's,
 * else the one on the PATH, else install Debian's default-jre-headless when we can (root with
 * apt-get), else say how to get one.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { aptInstall } from '../../src/integrations/build/apt.ts';

export const HOW_TO_INSTALL_JAVA = [
  'No Java was found for the HTML checker (the W3C Nu checker, vnu.jar, runs on Java 11 or newer). Install one, then run npm test again:',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y default-jre-headless',
  '  macOS:          brew install openjdk',
  '  or set JAVA_HOME to a Java installation.',
].join('\n');

function runs(java: string): boolean {
  return spawnSync(java, ['-version'], { stdio: 'ignore' }).status === 0;
}

function candidates(): string[] {
  const home = process.env['JAVA_HOME'];
  return [...(home ? [join(home, 'bin', 'java')] : []), 'java', '/usr/bin/java'];
}

export function findJava(options: { install: boolean }): string | undefined {
  const found = candidates().find((java) => (java.includes('/') ? existsSync(java) : true) && runs(java));
  if (found || !options.install) return found;
  return aptInstall(['default-jre-headless'], 'No Java found for the HTML checker') && runs('/usr/bin/java') ? '/usr/bin/java' : undefined;
}
