import { test, expect } from './app.js';
import { exportedCorpus } from './corpus.js';

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the page opens on the timeline; the filters unfold from a button, work, and nothing overflows', async ({ page }) => {
    const corpus = exportedCorpus();
    await page.goto('/');
    await page.waitForSelector('article[data-event]', { state: 'attached' });
    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    const outlet = corpus.articles.find((a) => a.outlet).outlet;
    const box = page.getByRole('checkbox', { name: new RegExp(`^${outlet}`) });
    // Folded at first: the timeline is on the first screen, the summary says what is shown.
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(box).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeInViewport();
    await expect(page.getByRole('status')).toContainText('Showing all');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await box.check();
    await expect(page.getByRole('status')).toContainText(`outlets ${outlet}`);
    // Folded again, the active filter stays visible in the summary, and can be cleared.
    await toggle.click();
    await expect(box).toBeHidden();
    await expect(page.getByRole('status')).toContainText(`outlets ${outlet}`);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByRole('status')).toContainText('Showing all');
  });
});

test('on a wide screen the filters are always open, with no toggle', async ({ page }) => {
  await page.goto('/');
  await page.waitForSelector('article[data-event]', { state: 'attached' });
  await expect(page.getByRole('button', { name: 'Filters', exact: true })).toBeHidden();
  await expect(page.getByRole('checkbox').first()).toBeVisible();
});

test('the print stylesheet prints the filtered timeline without the controls', async ({ page }) => {
  await page.goto('/');
  await page.waitForSelector('article[data-event]', { state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.filters')).toBeHidden();
  await expect(page.locator('.timeline')).toBeVisible();
  // Off screen, cards skip their rendering (`content-visibility: auto`); printed, every shown
  // card is rendered, the last one included.
  const skipped = await page.evaluate(() =>
    [...document.querySelectorAll('article[data-event]:not([hidden]), .day, .background')]
      .filter((e) => getComputedStyle(e).contentVisibility !== 'visible').length);
  expect(skipped).toBe(0);
  const last = page.locator('article[data-event]:not([hidden])').last();
  expect((await last.boundingBox()).height).toBeGreaterThan(0);
  expect(await last.evaluate((e) => e.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
});

test('the overview strip shows every day with its count and jumps to it', async ({ page }) => {
  const corpus = exportedCorpus();
  await page.goto('/');
  const days = {};
  for (const e of corpus.events) if (e.date) days[e.date] = (days[e.date] ?? 0) + 1;
  const links = page.getByRole('navigation', { name: 'Days at a glance' }).getByRole('link');
  await expect(links).toHaveCount(Object.keys(days).length + (corpus.events.some((e) => !e.date) ? 1 : 0));
  const busiest = Object.entries(days).sort((a, b) => b[1] - a[1])[0];
  const link = page.locator(`.overview a[href="#day-${busiest[0]}"]`);
  await expect(link).toContainText(`${busiest[1]} events`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#day-${busiest[0]}$`));
  await expect(page.locator(`#day-${busiest[0]}`)).toBeInViewport();
});

test('events follow the feed pattern', async ({ page }) => {
  await page.goto('/');
  const feed = page.getByRole('feed').first();
  const items = feed.getByRole('article');
  const n = await items.count();
  expect(n).toBeGreaterThan(0);
  await expect(items.first()).toHaveAttribute('aria-posinset', '1');
  await expect(items.first()).toHaveAttribute('aria-setsize', String(n));
});
