import { test, expect } from './app.js';
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
  // Every cell's class, read in one round trip: events × outlets is a few hundred cells.
  const shown = await rows.evaluateAll((trs) => Object.fromEntries(
    trs.map((tr) => [tr.dataset.coverage, [...tr.querySelectorAll('td')].map((td) => td.className)])));
  for (const event of corpus.events) {
    const expected = outlets.map((outlet) => {
      const articles = event.mentions.map((m) => corpus.articles.find((a) => a.id === m.article)).filter((a) => a.outlet === outlet);
      return articles.some((a) => !a.copy_of) ? 'reported' : articles.length ? 'repost' : 'missing';
    });
    expect(shown[event.id], `coverage row of ${event.id}`).toEqual(expected);
  }
});
