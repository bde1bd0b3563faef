import { test, expect } from './app.js';
import { exportedCorpus, watchConsole } from './corpus.js';

test('the reader shows the cleaned article with marks and links each sentence to its event and back', async ({ page }) => {
  const corpus = exportedCorpus();
  const errors = watchConsole(page);
  // The article with the most sentences.
  const article = [...corpus.articles].sort((a, b) => b.sentences.length - a.sentences.length)[0];
  await page.goto('/');
  const item = page.locator(`li.article[data-article="${article.id}"]`);
  await item.getByRole('button', { name: 'Read the article' }).click();
  const reader = item.locator('.reader');
  await expect(reader.locator('.sentence')).toHaveCount(article.sentences.filter((s) => !s.heading).length);
  await expect(reader.locator('.reader-heading')).toHaveCount(article.sentences.filter((s) => s.heading).length);
  // Every sentence is there verbatim.
  for (const [i, s] of article.sentences.entries()) {
    if (!s.heading) await expect(reader.locator(`[data-sentence="${i}"]`)).toContainText(s.text.slice(0, 30));
  }
  expect(await reader.locator('mark.actor').count()).toBeGreaterThan(0);
  await expect(page).toHaveURL(new RegExp(`article=${article.id}`));

  // From a story sentence to the event it tells (headlines are mentions too, but the
  // reader links only story sentences), whose detail opens with this article's telling.
  const mention = corpus.events
    .flatMap((e) => e.mentions.map((m) => ({ e, m })))
    .find(({ m }) => m.article === article.id && !m.passing && !article.sentences[m.sentence].heading);
  await reader.locator(`[data-sentence="${mention.m.sentence}"] [data-to-event]`).first().click();
  const detail = page.locator(`article[data-event="${mention.e.id}"] .event-detail`);
  await expect(detail).toBeVisible();
  await expect(detail.locator(`.telling[data-article="${article.id}"]`)).toBeVisible();
  // And back: the telling opens the article in context.
  await detail.locator(`.telling[data-article="${article.id}"]`).getByRole('button', { name: 'Read it in the article' }).click();
  await expect(page.locator(`li.article[data-article="${article.id}"] .reader`)).toBeVisible();
  expect(errors).toEqual([]);
});

test('a repost says whose report it copies', async ({ page }) => {
  const corpus = exportedCorpus();
  const copy = corpus.articles.find((a) => a.copy_of);
  test.skip(!copy, 'no article copies another');
  const source = corpus.articles.find((a) => a.id === copy.copy_of);
  await page.goto('/');
  await expect(page.locator(`li.article[data-article="${copy.id}"]`)).toContainText(`Copies ${source.outlet}'s report`);
});
