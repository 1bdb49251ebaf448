/**
 * The second review by readers and journalists, the layout points, at the viewport where each was
 * seen: the quotes page (its weight, its folded filters, every old quote address still landing on
 * its quote), the phone header, and the margin of a wide screen.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

const phone = { width: 375, height: 800 };
const desktop = { width: 1280, height: 900 };
const chapter = '/2021-regional-care-report/early-help/';

/** The header's "Menu" button (a <summary>). */
const menuButton = (page: Page): Locator => page.locator('header.site-header summary', { hasText: 'Menu' });

/** What Chromium tells a screen reader about the control named `name`: its role and whether it is expanded. */
async function announced(page: Page, name: string): Promise<{ role: string; expanded: boolean | undefined } | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree') as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[] };
  const node = nodes.find((n) => !n.ignored && n.name?.value === name && n.role?.value !== 'StaticText' && n.role?.value !== 'InlineTextBox');
  if (!node) return undefined;
  const expanded = node.properties?.find((p) => p.name === 'expanded')?.value.value;
  return { role: node.role!.value, expanded: typeof expanded === 'boolean' ? expanded : undefined };
}

test.describe('the header on a phone', () => {
  test.use({ viewport: phone, hasTouch: true, isMobile: true });

  test('is one row, at most 72 px tall, with the menu folded behind a 44 px “Menu” button', async ({ page }) => {
    for (const path of ['/', chapter, '/quotes/']) {
      await page.goto(path);
      const header = (await page.locator('header.site-header').boundingBox())!;
      expect(header.height, path).toBeLessThanOrEqual(72);
      await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
      const menu = menuButton(page);
      await expect(menu).toBeVisible();
      // A disclosure button to assistive technology, and said to be collapsed.
      expect(await announced(page, 'Menu')).toEqual({ role: 'DisclosureTriangle', expanded: false });
      const box = (await menu.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
      // The menu button is beside the site's name, not on a row of its own.
      const name = (await page.locator('.site-name').boundingBox())!;
      expect(box.y).toBeLessThan(name.y + name.height);
    }
  });

  test('“Menu” opens the links and the theme toggle, each a 44 px target, and the page’s link is marked', async ({ page }) => {
    await page.goto('/quotes/');
    await menuButton(page).tap();
    expect(await announced(page, 'Menu')).toEqual({ role: 'DisclosureTriangle', expanded: true });
    const nav = page.getByRole('navigation', { name: 'Site' });
    await expect(nav).toBeVisible();
    const links = nav.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(5);
    for (const link of await links.all()) expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await expect(nav.getByRole('link', { name: 'Quotes' })).toHaveAttribute('aria-current', 'page');
    const toggle = nav.getByRole('button', { name: /^Theme: / });
    expect((await toggle.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await toggle.tap();
    await expect(toggle).toHaveText('Theme: light');
    // Nothing of the menu runs off the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
  });

  test('works from the keyboard: after the site’s name, Enter opens it, Tab goes through it, Escape closes it', async ({ page }) => {
    await page.goto(chapter);
    await page.locator('.site-name').focus();
    await page.keyboard.press('Tab');
    const menu = menuButton(page);
    await expect(menu).toBeFocused();
    // The focus is visible: an outline of at least 2 px.
    expect(parseFloat(await menu.evaluate((m) => getComputedStyle(m).outlineWidth))).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeFocused();
    expect(await announced(page, 'Menu')).toEqual({ role: 'DisclosureTriangle', expanded: false });
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  });
});

test.describe('without JavaScript, on a phone', () => {
  test.use({ viewport: phone, javaScriptEnabled: false });

  test('the menu still opens', async ({ page }) => {
    await page.goto(chapter);
    await menuButton(page).click();
    await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Quotes' })).toBeVisible();
  });
});

test('on a wide screen the menu is open, with no “Menu” button', async ({ page }) => {
  await page.setViewportSize(desktop);
  await page.goto(chapter);
  await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Quotes' })).toBeVisible();
  await expect(menuButton(page)).toBeHidden();
  await page.locator('.site-name').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link').first()).toBeFocused();
});
