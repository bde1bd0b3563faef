import { test, expect } from './app.js';
import { hostURL, pageURL } from './ports.js';
import { exportedCorpus, watchConsole, SHOWN_EVENTS } from './corpus.js';

const outletId = (name) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

test('the example host page embeds the view with pym.js, @newswire/frames and the snippet, sized to fit', async ({ page }) => {
  const corpus = exportedCorpus();
  const outlet = corpus.articles.find((a) => a.outlet).outlet;
  const id = outletId(outlet);
  const expected = corpus.events.filter((e) => e.mentions.some((m) => corpus.articles.find((a) => a.id === m.article).outlet === outlet)).length;
  await page.goto(`${hostURL}examples/embed/host.html?app=${encodeURIComponent(pageURL)}&lib=/e2e/node_modules/&view=outlet=${id}`);
  const frames = page.locator('iframe');
  await expect(frames).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    const iframe = frames.nth(i);
    const frame = page.frameLocator('iframe').nth(i);
    // The filters in its address are applied, in the compact embed chrome.
    await expect(frame.locator(SHOWN_EVENTS)).toHaveCount(expected);
    await expect(frame.locator('.embed-title')).toHaveText('Newsline');
    await expect(frame.locator('.masthead h1 + .tagline')).toHaveCount(0);
    // The frame is as tall as its content.
    const content = await frame.locator('html').evaluate((el) => el.offsetHeight);
    await expect.poll(async () => parseInt(await iframe.getAttribute('height'), 10)).toBe(content);
  }
  // Filtering inside a frame resizes it: opening the panel makes it taller, a search that
  // leaves fewer events makes it shorter.
  const first = page.frameLocator('iframe').first();
  const before = parseInt(await frames.first().getAttribute('height'), 10);
  await first.locator('.embed-filters > summary').click();
  await expect.poll(async () => parseInt(await frames.first().getAttribute('height'), 10)).toBeGreaterThan(before);
  const opened = parseInt(await frames.first().getAttribute('height'), 10);
  await first.getByRole('searchbox', { name: /Search events/ }).fill('zzzz-no-such-words');
  await expect(first.locator(SHOWN_EVENTS)).toHaveCount(0);
  await expect.poll(async () => parseInt(await frames.first().getAttribute('height'), 10)).toBeLessThan(opened);
});

test('the Embed dialog gives the snippet for the current view', async ({ page, context }) => {
  const errors = watchConsole(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.locator('input[name="outlet"]').first().check();
  const outlet = await page.locator('input[name="outlet"]').first().getAttribute('value');
  await page.getByRole('button', { name: 'Embed this view' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  const code = await dialog.getByLabel('Embed code').inputValue();
  expect(code).toContain(`<iframe src="${pageURL}?outlet=` + outlet + '&amp;embed=1"');
  expect(code).toContain('embed-size');
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  expect(errors).toEqual([]);
});
