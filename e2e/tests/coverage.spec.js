import { test, expect } from '@playwright/test';
import { exportedCorpus } from './corpus.js';

test('the coverage matrix shows who reported each event and marks reposts', async ({ page }) => {
  const corpus = exportedCorpus();
  await page.goto('/');
  await page.getByText('Coverage: who reported what').click();
  const rows = page.locator('[data-coverage]');
  await expect(rows).toHaveCount(corpus.events.length);
  const outlets = [...new Set(corpus.articles.map((a) => a.outlet).filter(Boolean))].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  const headers = await page.locator('.coverage thead th').allTextContents();
  expect(headers.slice(1)).toEqual(outlets);
  for (const event of corpus.events) {
    const cells = rows.filter({ has: page.locator(`xpath=self::*[@data-coverage="${event.id}"]`) }).locator('td');
    for (const [i, outlet] of outlets.entries()) {
      const articles = event.mentions.map((m) => corpus.articles.find((a) => a.id === m.article)).filter((a) => a.outlet === outlet);
      const expected = articles.some((a) => !a.copy_of) ? 'reported' : articles.length ? 'repost' : 'missing';
      await expect(cells.nth(i)).toHaveClass(expected);
    }
  }
});
