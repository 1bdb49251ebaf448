/** The test both sites run: every built page is valid HTML by the W3C Nu checker (vnu.jar on Java). */
import { expect, test } from '@playwright/test';
import { findJava, HOW_TO_INSTALL_JAVA } from '../../scripts/lib/java.ts';
import { validateHtml } from '../../scripts/lib/html-validator.ts';

export function everyPageIsValidHtml(dist: string): void {
  test('every built page is valid HTML by the W3C Nu checker (vnu.jar)', async () => {
    test.setTimeout(180_000);
    // npm test installs Java where it can (root with apt-get); here it is only found.
    const java = findJava({ install: false });
    if (!java) throw new Error(HOW_TO_INSTALL_JAVA);
    const errors = await validateHtml(java, [dist]);
    const report = errors.map((e) => `${e.page}${e.line === undefined ? '' : `:${e.line}`}  ${e.message}${e.extract ? `  (at: ${e.extract.replace(/\s+/g, ' ').trim()})` : ''}`);
    expect(report, `${errors.length} HTML error(s) in ${new Set(errors.map((e) => e.page)).size} page(s)`).toEqual([]);
  });
}
