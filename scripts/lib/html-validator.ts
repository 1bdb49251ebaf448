/**
 * Check built pages with the W3C Nu HTML checker (vnu.jar from the vnu-jar package, run with Java):
 * every .html file under the folders, in one run of the checker. Returns each error with its page
 * (from the site's root) and line.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';

export interface HtmlError {
  /** The page, as a path from the site's root: "/quotes/index.html". */
  page: string;
  line: number | undefined;
  message: string;
  /** The markup the checker points at. */
  extract: string | undefined;
}

interface VnuMessage { type: string; subType?: string; url?: string; lastLine?: number; message: string; extract?: string }

/** vnu.jar's path: the vnu-jar package exports it. */
export function vnuJar(): string {
  return String(createRequire(import.meta.url)('vnu-jar'));
}

export async function validateHtml(java: string, folders: readonly string[]): Promise<HtmlError[]> {
  const args = ['-jar', vnuJar(), '--format', 'json', '--errors-only', '--skip-non-html', ...folders];
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(java, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let text = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { text += chunk; });
    child.on('error', reject);
    child.on('close', (exit) => resolve({ code: exit, stderr: text }));
  });
  let messages: VnuMessage[];
  try {
    messages = (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`The HTML checker did not run (exit ${code}): ${stderr.slice(0, 2000)}`);
  }
  return messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
    .map((m) => ({ page: pageOf(m.url, folders), line: m.lastLine, message: m.message, extract: m.extract }));
}

function pageOf(url: string | undefined, folders: readonly string[]): string {
  if (!url) return '(no page)';
  const file = url.startsWith('file:') ? decodeURIComponent(new URL(url).pathname) : url;
  const folder = folders.find((f) => file.startsWith(f));
  return folder ? `/${relative(folder, file).split(sep).join('/')}` : file;
}
