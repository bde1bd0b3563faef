import { test, expect } from './app.js';
import { exportedCorpus, watchConsole } from './corpus.js';

test('an event opens by keyboard to every outlet’s sentences and its quotes, and the link keeps it open', async ({ page }) => {
  const corpus = exportedCorpus();
  const errors = watchConsole(page);
  // The event told by the most articles.
  const articlesOf = (e) => [...new Set(e.mentions.map((m) => m.article))];
  const event = [...corpus.events].sort((a, b) => articlesOf(b).length - articlesOf(a).length)[0];
  const quotes = corpus.quotes.filter((q) => q.event === event.id);

  await page.goto('/');
  const item = page.locator(`article[data-event="${event.id}"]`);
  const button = item.getByRole('button', { name: 'Compare how outlets told it' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(item.getByRole('button', { name: 'Hide how outlets told it' })).toHaveAttribute('aria-expanded', 'true');
  const detail = item.locator('.event-detail');
  await expect(detail.locator('.telling')).toHaveCount(articlesOf(event).length);
  for (const m of event.mentions) {
    await expect(detail.locator(`.telling[data-article="${m.article}"]`)).toContainText(m.text.replace(/\s+/g, ' ').slice(0, 40));
  }
  await expect(detail.locator('[data-quote]')).toHaveCount(quotes.length);
  // A repost says whose story it copies.
  for (const id of articlesOf(event)) {
    const article = corpus.articles.find((a) => a.id === id);
    if (article.copy_of) {
      const source = corpus.articles.find((a) => a.id === article.copy_of);
      await expect(detail.locator(`.telling[data-article="${id}"]`)).toContainText(`repost of ${source.outlet}`);
    }
  }
  await expect(page).toHaveURL(new RegExp(`event=${event.id}`));

  await page.reload();
  await expect(page.locator(`article[data-event="${event.id}"] .event-detail`)).toBeVisible();
  expect(errors).toEqual([]);
});

test('the same quote in two outlets’ wording is compared word by word', async ({ page }) => {
  const corpus = exportedCorpus();
  // The event where one speaker is quoted in the most different articles.
  const spread = (e) => {
    const qs = corpus.quotes.filter((q) => q.event === e.id && q.speaker);
    const bySpeaker = {};
    for (const q of qs) (bySpeaker[q.speaker] ??= new Set()).add(q.article);
    return Math.max(0, ...Object.values(bySpeaker).map((s) => s.size));
  };
  const event = [...corpus.events].sort((a, b) => spread(b) - spread(a))[0];
  test.skip(spread(event) < 2, 'no speaker is quoted by two outlets in one event');
  await page.goto(`/?event=${event.id}`);
  const detail = page.locator(`article[data-event="${event.id}"] .event-detail`);
  const diffs = detail.locator('li.quote:has(blockquote.diff)');
  expect(await diffs.count()).toBeGreaterThan(0);
  await expect(detail.locator('.diff-legend').first()).toContainText('Compared with');
  let marked = 0;
  for (const li of await diffs.all()) {
    const id = await li.getAttribute('data-quote');
    const quote = corpus.quotes.find((q) => q.id === id);
    const copies = corpus.quotes.some((r) => r.id !== quote.id && r.event === quote.event && r.speaker === quote.speaker && r.article !== quote.article && r.text === quote.text);
    const marks = await li.locator('ins, del').count();
    // A different wording is shown by marked elements (not colour alone); an identical one has none.
    if (!copies) expect(marks).toBeGreaterThan(0);
    marked += marks;
  }
  expect(marked).toBeGreaterThan(0);
});
