import { test, expect } from './app.js';
import { exportedCorpus, watchConsole, SHOWN_EVENTS } from './corpus.js';

// The outlet id the page uses in URLs (the same slug rule as src/filter.rs).
const outletId = (name) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

function outletsOf(corpus, event) {
  const ids = new Set();
  for (const m of event.mentions) {
    const article = corpus.articles.find((a) => a.id === m.article);
    if (article?.outlet) ids.add(outletId(article.outlet));
  }
  return ids;
}

test('an outlet filter narrows the list, shows counts, and survives reload and back', async ({ page }) => {
  const corpus = exportedCorpus();
  const errors = watchConsole(page);
  await page.goto('/');
  const events = page.locator(SHOWN_EVENTS);
  await expect(events).toHaveCount(corpus.events.length);

  // The outlet that reported the fewest events, so the list visibly shrinks.
  const outlets = [...new Set(corpus.articles.map((a) => a.outlet).filter(Boolean))];
  const counts = outlets.map((name) => [name, corpus.events.filter((e) => outletsOf(corpus, e).has(outletId(name))).length]);
  counts.sort((a, b) => a[1] - b[1]);
  const [name, expected] = counts[0];
  const box = page.getByRole('checkbox', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  await expect(box.locator('xpath=..')).toContainText(`(${expected})`);
  await box.check();
  await expect(events).toHaveCount(expected);
  await expect(page).toHaveURL(new RegExp(`outlet=${outletId(name)}`));
  await expect(page.getByRole('status')).toContainText(`Showing ${expected} of ${corpus.events.length} events`);

  await page.reload();
  await expect(events).toHaveCount(expected);
  await expect(page.getByRole('checkbox', { name: new RegExp(`^${name}`) })).toBeChecked();

  await page.goBack();
  await expect(events).toHaveCount(corpus.events.length);
  await page.goForward();
  await expect(events).toHaveCount(expected);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(events).toHaveCount(corpus.events.length);
  expect(errors).toEqual([]);
});

test('events a filter leaves out are hidden: not seen, not counted, not in the accessibility tree; a clear brings them back', async ({ page }) => {
  const corpus = exportedCorpus();
  const errors = watchConsole(page);
  await page.goto('/');
  const timeline = page.locator('section.timeline');
  // The closed bands' events are out of the accessibility tree whatever the filters: open them.
  for (const summary of await timeline.locator('details.background > summary').all()) await summary.click();
  await expect(timeline.getByRole('article')).toHaveCount(corpus.events.length);
  // The outlet that reported the fewest events.
  const outlets = [...new Set(corpus.articles.map((a) => a.outlet).filter(Boolean))];
  const counts = outlets.map((name) => [name, corpus.events.filter((e) => outletsOf(corpus, e).has(outletId(name))).length]);
  counts.sort((a, b) => a[1] - b[1]);
  const [name, expected] = counts[0];
  const left = corpus.events.filter((e) => !outletsOf(corpus, e).has(outletId(name)));
  await page.locator(`input[name="outlet"][value="${outletId(name)}"]`).check();
  await expect(page.locator(SHOWN_EVENTS)).toHaveCount(expected);

  // The list keeps the left-out events' elements, hidden.
  const hidden = timeline.locator('article[data-event][hidden]');
  await expect(hidden).toHaveCount(left.length);
  for (const event of left) await expect(timeline.locator(`article[data-event="${event.id}"]`)).toBeHidden();
  // The accessibility tree holds the shown only, and the feeds number them alone.
  await expect(timeline.getByRole('article')).toHaveCount(expected);
  const positions = await timeline.getByRole('feed').evaluateAll((feeds) => feeds.map((feed) =>
    [...feed.querySelectorAll(':scope > article:not([hidden])')].map((a) => `${a.getAttribute('aria-posinset')}/${a.getAttribute('aria-setsize')}`)));
  for (const feed of positions.filter((f) => f.length)) expect(feed).toEqual(feed.map((_, i) => `${i + 1}/${feed.length}`));
  // A day or band with no event shown is hidden with its events.
  const emptyDays = await timeline.locator('section.day').evaluateAll((days) =>
    days.filter((d) => !d.querySelector('article:not([hidden])')).map((d) => d.hidden || d.closest('details')?.hidden === true));
  expect(emptyDays.every(Boolean)).toBe(true);
  // Nor does find-in-page reach them: the summary of a left-out event of the focus days (out
  // of the closed bands) is not found.
  const inFocusDays = await hidden.evaluateAll((els) => els.filter((e) => !e.closest('details')).map((e) => e.dataset.event));
  const unique = left.filter((e) => inFocusDays.includes(e.id)).map((e) => e.summary.replace(/\s+/g, ' ').trim().slice(0, 40))
    .find((text) => corpus.events.filter((e) => e.summary.includes(text)).length === 1);
  expect(unique).toBeTruthy();
  expect(await page.evaluate((text) => { getSelection().removeAllRanges(); return window.find(text); }, unique)).toBe(false);

  // A clear shows every event again, in the tree and in the feeds' numbering.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.locator(SHOWN_EVENTS)).toHaveCount(corpus.events.length);
  await expect(hidden).toHaveCount(0);
  await expect(timeline.getByRole('article')).toHaveCount(corpus.events.length);
  await expect(timeline.locator('section.day[hidden], details[hidden]')).toHaveCount(0);
  expect(await page.evaluate((text) => { getSelection().removeAllRanges(); return window.find(text); }, unique)).toBe(true);
  expect(errors).toEqual([]);
});

test('an actor filter and a search combine (all across facets)', async ({ page }) => {
  const corpus = exportedCorpus();
  await page.goto('/');
  // The actor in the most events.
  const byActor = corpus.actors.map((a) => [a, corpus.events.filter((e) => e.actors.includes(a.id))]);
  byActor.sort((x, y) => y[1].length - x[1].length);
  const [actor, withActor] = byActor[0];
  await page.getByText('Actors', { exact: true }).first().click();
  await page.locator(`input[name="actor"][value="${actor.id}"]`).check();
  await expect(page.locator(SHOWN_EVENTS)).toHaveCount(withActor.length);
  // A word from one of those events' summaries narrows it further.
  const word = withActor[0].summary.split(/\s+/).find((w) => /^[A-Za-z]{7,}$/.test(w));
  await page.getByRole('searchbox', { name: /Search events/ }).fill(word);
  // The query applies after a pause in typing (150 ms): the URL says when.
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(word)}`));
  const shown = await page.locator(SHOWN_EVENTS).count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThanOrEqual(withActor.length);
});

test('hostile and unknown query parameters never break the page', async ({ page }) => {
  const corpus = exportedCorpus();
  const errors = watchConsole(page);
  const long = 'x'.repeat(5000);
  await page.goto(`/?outlet=nope&actor=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&event=e99999&foo=bar&q=${long}&%E2%82=1`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Newsline');
  await expect(page.locator('.notices')).toContainText('Ignored unknown outlet');
  await expect(page.locator('.notices')).toContainText('“foo”');
  await expect(page.locator('img')).toHaveCount(0);
  // The over-long search is cut, and the page still renders its (empty) result.
  await expect(page.getByRole('searchbox', { name: /Search events/ })).toHaveValue('x'.repeat(200));
  await expect(page.locator(SHOWN_EVENTS)).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.locator(SHOWN_EVENTS)).toHaveCount(corpus.events.length);
  expect(errors).toEqual([]);
});

test('filters work from the keyboard alone, and counts in the other facet follow', async ({ page }) => {
  const corpus = exportedCorpus();
  await page.goto('/');
  // The actors fold: its choices are drawn once it is opened.
  await page.getByText('Actors', { exact: true }).first().click();
  await expect(page.locator('.facet-actors .count').first()).toBeAttached();
  const search = page.getByRole('searchbox', { name: /Search events/ });
  await search.focus();
  // Tab from the search box to the first outlet checkbox and tick it with Space.
  await page.keyboard.press('Tab');
  const focused = page.locator('input[name="outlet"]:focus');
  await expect(focused).toHaveCount(1);
  const outlet = await focused.getAttribute('value');
  const actorCountsBefore = await page.locator('.facet-actors .count').allTextContents();
  await page.keyboard.press('Space');
  await expect(page.locator(`input[name="outlet"][value="${outlet}"]`)).toBeChecked();
  await expect(page).toHaveURL(new RegExp(`outlet=${outlet}`));
  const expected = corpus.events.filter((e) => e.mentions.some((m) => {
    const a = corpus.articles.find((x) => x.id === m.article);
    return a.outlet && a.outlet.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') === outlet;
  })).length;
  await expect(page.locator(SHOWN_EVENTS)).toHaveCount(expected);
  // Actor counts now count only that outlet's events.
  if (expected < corpus.events.length) {
    await expect.poll(() => page.locator('.facet-actors .count').allTextContents()).not.toEqual(actorCountsBefore);
  }
});

// The address is written after the next frame (url_sync.rs queues the history writes): two
// changes in two tasks before that frame still make two history entries, in order, and the feed's positions
// follow the list (its events are kept across changes, timeline_view.rs).
test('quick changes keep a history entry each, and the feed stays numbered', async ({ page }) => {
  const corpus = exportedCorpus();
  await page.goto('/');
  await expect(page.locator(SHOWN_EVENTS)).toHaveCount(corpus.events.length);
  const ids = await page.locator('input[name="outlet"]').evaluateAll((boxes) => boxes.slice(0, 2).map((b) => b.value));
  await page.evaluate(async () => {
    const boxes = document.querySelectorAll('input[name="outlet"]');
    boxes[0].click();
    await new Promise((r) => setTimeout(r, 0));
    boxes[1].click();
  });
  await expect(page).toHaveURL(new RegExp(`outlet=${ids[1]}(&|$)`));
  await expect(page).toHaveURL(new RegExp(`outlet=${ids[0]}(&|$)`));
  // Among the shown: the events a filter leaves out are kept, hidden, and not numbered.
  const numbered = () => page.locator('div.events[role=feed]').evaluateAll((feeds) => feeds.every((feed) => {
    const shown = [...feed.children].filter((item) => !item.hidden);
    return shown.every((item, i) => item.getAttribute('aria-posinset') === String(i + 1) && item.getAttribute('aria-setsize') === String(shown.length));
  }));
  expect(await numbered()).toBe(true);
  await page.goBack();
  await expect(page).not.toHaveURL(new RegExp(`outlet=${ids[1]}(&|$)`));
  await expect(page).toHaveURL(new RegExp(`outlet=${ids[0]}(&|$)`));
  await expect(page.locator('input[name="outlet"]').nth(1)).not.toBeChecked();
  expect(await numbered()).toBe(true);
  await page.goBack();
  await expect(page).not.toHaveURL(/outlet=/);
  await expect(page.locator(SHOWN_EVENTS)).toHaveCount(corpus.events.length);
});
