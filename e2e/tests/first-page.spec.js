import { test, expect } from './app.js';
import { exportedCorpus, watchConsole } from './corpus.js';

test('shows the extracted articles and dated events, grouped by day in date order', async ({ page }) => {
  const corpus = exportedCorpus();
  const errors = watchConsole(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Newsline');

  // Every article, with its outlet and (when known) its publication date.
  for (const article of corpus.articles) {
    const item = page.locator(`[data-article="${article.id}"]`).first();
    await expect(item).toBeVisible();
    if (article.outlet) await expect(item).toContainText(article.outlet);
    if (article.published.date) {
      await expect(item.locator('time')).toHaveAttribute('datetime', article.published.date);
    }
    if (article.published.inferred) await expect(item).toContainText('inferred');
  }

  // Every dated event under its own day, with its summary.
  const dated = corpus.events.filter((e) => e.date);
  expect(dated.length).toBeGreaterThan(0);
  for (const event of dated) {
    const item = page.locator(`.day[data-date="${event.date}"] [data-event="${event.id}"]`);
    await expect(item).toContainText(event.summary.replace(/\s+/g, ' ').trim().slice(0, 60));
  }

  // Day sections in chronological order.
  const days = await page.locator('.day[data-date]').evaluateAll((els) => els.map((el) => el.dataset.date));
  const dates = days.filter((d) => d);
  expect(dates).toEqual([...dates].sort());
  expect(new Set(dates)).toEqual(new Set(dated.map((e) => e.date)));

  expect(errors).toEqual([]);
});

test('events that no outlet tells as news, only mentions by their date, say so', async ({ page }) => {
  const corpus = exportedCorpus();
  await page.goto('/');
  const passingOnly = corpus.events.filter((e) => e.mentions.every((m) => m.passing));
  expect(passingOnly.length).toBeGreaterThan(0);
  for (const event of corpus.events) {
    const note = page.locator(`.timeline [data-event="${event.id}"] .passing-note`);
    await expect(note).toHaveCount(passingOnly.includes(event) ? 1 : 0);
  }
});

test('an event with a headline is titled by it, with the source sentence under it', async ({ page }) => {
  const corpus = exportedCorpus();
  await page.goto('/');
  const titled = corpus.events.filter((e) => e.headline && e.date);
  expect(titled.length).toBeGreaterThan(0);
  for (const event of corpus.events.filter((e) => e.date)) {
    const item = page.locator(`.timeline article.event[data-event="${event.id}"]`);
    const name = item.locator(`#summary-${event.id}`);
    // The item is named by its headline where there is one, else by its summary sentence.
    await expect(item).toHaveAttribute('aria-labelledby', `summary-${event.id}`);
    await expect(name).toHaveText((event.headline ?? event.summary).replace(/\s+/g, ' ').trim());
    await expect(item.locator('.as-told')).toHaveCount(event.headline ? 1 : 0);
  }
});
