import { test, expect } from './app.js';
import { createRequire } from 'node:module';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// The page's Content-Security-Policy rightly forbids injected scripts; the audit tool
// is injected by the test, so this file lets the browser bypass the policy.
test.use({ bypassCSP: true });

async function audit(page) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violations (${colorScheme}), with panels open`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/?event=e1');
    await page.waitForSelector('article[data-event]', { state: 'attached' });
    // Open what is collapsed, so it is audited too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    await page.locator('li.article').first().getByRole('button', { name: 'Read the article' }).click();
    expect(await audit(page)).toEqual([]);
  });
}

test('everything is reachable by keyboard with a visible focus', async ({ page }) => {
  await page.goto('/');
  await page.waitForSelector('article[data-event]', { state: 'attached' });
  const seen = new Set();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, name: el.getAttribute('aria-label') || el.textContent?.trim().slice(0, 30), outline: style.outlineStyle };
    });
    // Past the last tab stop focus leaves the page: every stop has been seen.
    if (info.tag === 'BODY' && seen.size > 0) break;
    expect(info.outline, `focus ring on ${info.tag} ${info.name}`).not.toBe('none');
    seen.add(info.tag);
  }
  expect(seen.has('INPUT')).toBe(true);
  expect(seen.has('BUTTON')).toBe(true);
});
