// The page of a corpus past the shard size (build.rs): the articles' text and the quotes' words
// are not in the wasm but in shard files next to the page, fetched when an article is read, an
// event compared or the corpus JSON downloaded; the quotes alone (qNNN.bin) in idle time after
// the load, for the search. The seeds are built that way into ../dist-shards with NEWSLINE_SHARD_ABOVE=0 and
// NEWSLINE_SHARD_BYTES=4096 (a shard per article or two)
// (`cargo xtask test` does it), served here on a port of its own.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './app.js';
import { shardsOwnServer, shardsPort, shardsURL } from './ports.js';
import { exportedCorpus, watchConsole, SHOWN_EVENTS } from './corpus.js';

const dist = fileURLToPath(new URL('../../dist-shards/', import.meta.url));
const origin = shardsURL;
let server;

test.beforeAll(async () => {
  if (!existsSync(dist)) {
    throw new Error('no ../dist-shards: build it with `NEWSLINE_SHARD_ABOVE=0 NEWSLINE_SHARD_BYTES=4096 trunk build --release --offline --dist dist-shards` (cargo xtask test does)');
  }
  // Served by the host's server (the repository) when the ports say so (ports.js).
  if (!shardsOwnServer) return;
  server = spawn('node', ['serve.mjs', dist, String(shardsPort)], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', (code) => reject(new Error(`serve.mjs exited (${code}): is port ${shardsPort} taken?`)));
  });
});

test.afterAll(() => server?.kill());

// The article with the most sentences, and the event told by the most articles.
function longest(corpus) {
  return [...corpus.articles].sort((a, b) => b.sentences.length - a.sentences.length)[0];
}

const articleShard = (url) => /\/shards-[0-9a-f]{16}\/\d{3}\.bin$/.test(url);
const quoteShard = (url) => /\/shards-[0-9a-f]{16}\/q\d{3}\.bin$/.test(url);

// A quote of an event and the first words of it, one of which its event's summary, headline
// and actors' names lack (what the index searches): only the quote's words find the event.
function quoteOnlyItsWordsFind(corpus) {
  const lower = (s) => (s ?? '').toLowerCase();
  for (const quote of corpus.quotes.filter((q) => q.event)) {
    const event = corpus.events.find((e) => e.id === quote.event);
    const names = event.actors.map((id) => corpus.actors.find((a) => a.id === id)?.name);
    const indexed = lower([event.summary, event.headline, ...names].join('\n'));
    const words = quote.text.split(/\s+/).filter(Boolean).slice(0, 4);
    if (words.length === 4 && words.some((w) => !indexed.includes(lower(w)))) return { quote, query: words.join(' ') };
  }
  throw new Error('no quote of the seeds is found by its words alone');
}

test('the articles are shards next to the page, fetched for the reader and the corpus JSON', async ({ page }) => {
  const corpus = exportedCorpus();
  const article = longest(corpus);
  const folder = readdirSync(dist).find((name) => /^shards-[0-9a-f]{16}$/.test(name));
  expect(folder, 'a shards-HASH folder in the build').toBeTruthy();
  expect(readdirSync(`${dist}/${folder}`).length).toBeGreaterThan(1);
  // Not in the wasm: the articles' text (an embedded corpus holds each article's text whole),
  // nor any sentence, but those in a quote, a summary or a headline (the index keeps those).
  const wasm = readFileSync(`${dist}/${readdirSync(dist).find((n) => n.endsWith('.wasm'))}`);
  for (const a of corpus.articles) expect(wasm.includes(Buffer.from(a.text)), a.id).toBe(false);
  // nor the quotes' words, but those in a summary, a headline or a title (the index keeps those).
  const kept = [...corpus.events.flatMap((e) => [e.summary, e.headline]), ...corpus.articles.map((a) => a.title)].filter(Boolean);
  const untold = corpus.articles.flatMap((a) => a.sentences.map((s) => s.text)).filter((t) => t.length > 40 && !kept.some((k) => k.includes(t)));
  for (const sentence of untold) expect(wasm.includes(Buffer.from(sentence)), sentence).toBe(false);
  const unsaid = corpus.quotes.map((q) => q.text).filter((t) => t.length > 30 && !kept.some((k) => k.includes(t)));
  expect(unsaid.length).toBeGreaterThan(0);
  for (const words of unsaid) expect(wasm.includes(Buffer.from(words)), words).toBe(false);
  const quoteFiles = readdirSync(`${dist}/${folder}`).filter((name) => /^q\d{3}\.bin$/.test(name));
  expect(quoteFiles.length, 'the quotes in several shards of their own').toBeGreaterThan(1);

  const errors = watchConsole(page);
  const fetched = [];
  page.on('request', (req) => { if (req.url().includes('/shards-')) fetched.push(req.url()); });
  await page.goto(origin);
  // No article is fetched to draw the page; the quote shards are, each once, after the load.
  await expect.poll(() => fetched.filter(quoteShard).length).toBe(quoteFiles.length);
  expect(new Set(fetched).size).toBe(fetched.length);
  expect(fetched.filter(articleShard)).toEqual([]);
  await expect(page.locator('.search-note')).toHaveCount(0);
  // The search finds a quote's words, which only the quote shards hold.
  const { quote, query } = quoteOnlyItsWordsFind(corpus);
  await page.getByRole('searchbox', { name: /Search events/ }).fill(query);
  await expect(page.locator('.filter-summary')).toContainText(`matching “${query}”`);
  await expect(page.locator(`article[data-event="${quote.event}"]`)).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  fetched.length = 0;

  // The reader fetches the shard and shows the text.
  const item = page.locator(`li.article[data-article="${article.id}"]`);
  await item.getByRole('button', { name: 'Read the article' }).click();
  const reader = item.locator('.reader');
  await expect(reader.locator('.sentence')).toHaveCount(article.sentences.filter((s) => !s.heading).length);
  for (const [i, s] of article.sentences.entries()) {
    if (!s.heading) await expect(reader.locator(`[data-sentence="${i}"]`)).toContainText(s.text.slice(0, 30));
  }
  expect(fetched.length).toBe(1);
  expect(fetched[0]).toMatch(new RegExp(`/${folder}/\\d{3}\\.bin$`));
  expect(untold.length).toBeGreaterThan(0);
  // Its quotes come with it, marked in the text.
  const quoted = corpus.quotes.filter((q) => q.article === article.id);
  expect(quoted.length).toBeGreaterThan(0);
  await expect(reader.locator('mark.quote').first()).toBeVisible();
  const marked = await reader.locator('mark.quote').allTextContents();
  expect(quoted.some((q) => marked.includes(q.text)), 'a quote of the article marked whole').toBe(true);

  // The comparison of an event fetches the shards of its articles to show each outlet's
  // sentences, and leads to an article in context.
  const articlesOf = (e) => [...new Set(e.mentions.map((m) => m.article))];
  const event = [...corpus.events].sort((a, b) => articlesOf(b).length - articlesOf(a).length)[0];
  const detailItem = page.locator(`article[data-event="${event.id}"]`);
  await detailItem.getByRole('button', { name: 'Compare how outlets told it' }).click();
  const detail = detailItem.locator('.event-detail');
  for (const m of event.mentions) {
    await expect(detail.locator(`.telling[data-article="${m.article}"]`)).toContainText(m.text.replace(/\s+/g, ' ').slice(0, 40));
  }
  // Its quotes, whole from the articles' shards (the first with no earlier wording to diff).
  const quotesOf = corpus.quotes.filter((q) => q.event === event.id);
  expect(quotesOf.length).toBeGreaterThan(0);
  await expect(detail.locator('.quote')).toHaveCount(quotesOf.length);
  await expect(detail.locator(`.quote[data-quote="${quotesOf[0].id}"] blockquote`)).toContainText(quotesOf[0].text.replace(/\s+/g, ' ').slice(0, 40));
  const other = event.mentions.find((m) => m.article !== article.id) ?? event.mentions[0];
  await detail.locator(`.telling[data-article="${other.article}"]`).getByRole('button', { name: 'Read it in the article' }).click();
  const otherArticle = corpus.articles.find((a) => a.id === other.article);
  const otherReader = page.locator(`li.article[data-article="${other.article}"] .reader`);
  await expect(otherReader.locator(`[data-sentence="${other.sentence}"]`)).toContainText(otherArticle.sentences[other.sentence].text.slice(0, 30));

  // The corpus JSON has every article's text: all shards are fetched for it.
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="json"]').click()]);
  const json = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(json.articles.map((a) => a.text)).toEqual(corpus.articles.map((a) => a.text));
  expect(errors).toEqual([]);
});

test('a shard that fails to load says so in the reader, the comparison and the downloads, and the page goes on', async ({ page }) => {
  const corpus = exportedCorpus();
  const article = longest(corpus);
  const crashes = [];
  page.on('pageerror', (err) => crashes.push(String(err)));
  await page.route('**/shards-*/*.bin', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(origin);
  const item = page.locator(`li.article[data-article="${article.id}"]`);
  await item.getByRole('button', { name: 'Read the article' }).click();
  await expect(item.locator('.reader [role="alert"]')).toContainText("The article's text could not be loaded");
  await expect(item.locator('.reader [role="alert"]')).toContainText('HTTP 404');

  await page.route('**/shards-*/*.bin', (route) => route.abort());
  await page.locator('[data-download="json"]').click();
  await expect(page.locator('.downloads-status')).toContainText('The download was not made.');
  // The page still works: closing the reader and opening another article.
  await item.getByRole('button', { name: 'Close the article' }).click();
  await expect(item.locator('.reader')).toHaveCount(0);
  await page.getByRole('button', { name: 'Compare how outlets told it' }).first().click();
  await expect(page.locator('.event-detail [role="alert"]').first()).toContainText('could not be loaded');
  await page.unrouteAll();
  await page.getByRole('button', { name: 'Hide how outlets told it' }).first().click();
  await page.getByRole('button', { name: 'Compare how outlets told it' }).first().click();
  await expect(page.locator('.event-detail .telling').first()).toBeVisible();
  expect(crashes).toEqual([]);
});

test('a quote shard that fails to load is said by the search box, and a later search tries again', async ({ page }) => {
  const corpus = exportedCorpus();
  const { quote, query } = quoteOnlyItsWordsFind(corpus);
  const crashes = [];
  page.on('pageerror', (err) => crashes.push(String(err)));
  await page.route('**/shards-*/q*.bin', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(origin);
  const search = page.getByRole('searchbox', { name: /Search events/ });
  await search.fill(query);
  await expect(page.locator('.filter-summary')).toContainText(`matching “${query}”`);
  const alert = page.locator('.search-note[role="alert"]');
  await expect(alert).toContainText('The quotes could not be loaded for the search');
  await expect(alert).toContainText(/shards-[0-9a-f]{16}\/q000\.bin: HTTP 404/);
  await expect(page.locator(`${SHOWN_EVENTS}[data-event="${quote.event}"]`)).toHaveCount(0);
  await page.unrouteAll();
  await search.fill('');
  await search.fill(query);
  await expect(page.locator(`article[data-event="${quote.event}"]`)).toBeVisible();
  await expect(page.locator('.search-note')).toHaveCount(0);
  expect(crashes).toEqual([]);
});
