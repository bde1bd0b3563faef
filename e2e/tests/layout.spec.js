import { test, expect } from '@playwright/test';
import { exportedCorpus } from './corpus.js';

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('nothing overflows sideways and the filters still work', async ({ page }) => {
    const corpus = exportedCorpus();
    await page.goto('/');
    await page.waitForSelector('[data-event]', { state: 'attached' });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const outlet = corpus.articles.find((a) => a.outlet).outlet;
    await page.getByRole('checkbox', { name: new RegExp(`^${outlet}`) }).check();
    await expect(page.getByRole('status')).toContainText('Showing');
  });
});

test('the print stylesheet prints the filtered timeline without the controls', async ({ page }) => {
  await page.goto('/');
  await page.waitForSelector('[data-event]', { state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.filters')).toBeHidden();
  await expect(page.locator('.timeline')).toBeVisible();
});
