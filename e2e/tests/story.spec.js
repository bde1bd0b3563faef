// Story mode (src/components/story.rs): one event at a time with its comparison, previous and
// next by buttons, keys and swipe, the URL holding the current event, the axis as navigator.
import { test, expect } from './app.js';
import { createRequire } from 'node:module';
import { exportedCorpus, watchConsole, SHOWN_EVENTS } from './corpus.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// Date order as the page has it: by date (a month before its days), undated last.
function inDateOrder(corpus) {
  const key = (e) => (e.date ? `0${e.date}` : '1');
  return [...corpus.events].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

test('one event at a time: buttons, keys, swipe and the URL', async ({ page }) => {
  const corpus = exportedCorpus();
  const order = inDateOrder(corpus);
  const errors = watchConsole(page);
  await page.goto('/?mode=story');
  const current = page.locator('.story article.event');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('data-event', order[0].id);
  await expect(current.locator('.event-detail')).toBeVisible();
  await expect(page.locator('.story-place')).toHaveText(`Event 1 of ${order.length}`);
  await expect(page.getByRole('button', { name: 'Previous' })).toBeDisabled();

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(current).toHaveAttribute('data-event', order[1].id);
  await expect(page).toHaveURL(new RegExp(`mode=story.*event=${order[1].id}(&|$)|event=${order[1].id}&.*mode=story`));
  await page.keyboard.press('ArrowRight');
  await expect(current).toHaveAttribute('data-event', order[2].id);
  await page.keyboard.press('ArrowLeft');
  await expect(current).toHaveAttribute('data-event', order[1].id);

  // A swipe to the left turns to the next event.
  const box = await page.locator('.story').boundingBox();
  await page.evaluate(({ x, y }) => {
    const story = document.querySelector('.story');
    const fire = (type, clientX) => story.dispatchEvent(new PointerEvent(type, { pointerId: 3, clientX, clientY: y, pointerType: 'touch', bubbles: true }));
    fire('pointerdown', x);
    fire('pointerup', x - 120);
  }, { x: box.x + box.width / 2, y: box.y + 20 });
  await expect(current).toHaveAttribute('data-event', order[2].id);

  // The axis navigates: a click on a mark makes its event the current one.
  const target = order.filter((e) => e.date).at(-1);
  await page.locator(`.axis-drawing [data-event="${target.id}"]`).click();
  await expect(current).toHaveAttribute('data-event', target.id);
  await expect(page.locator('.story-place')).toHaveText(`Event ${order.indexOf(target) + 1} of ${order.length}`);
  // The address is written after the next frame (url_sync.rs).
  await expect(page).toHaveURL(new RegExp(`event=${target.id}(&|$)`));

  await page.reload();
  await expect(current).toHaveAttribute('data-event', target.id);
  await page.getByRole('button', { name: 'Story mode' }).click();
  await expect(page.locator(SHOWN_EVENTS)).toHaveCount(corpus.events.length);
  await expect(page).not.toHaveURL(/mode=story/);
  expect(errors).toEqual([]);
});

test.describe('axe in story mode', () => {
  test.use({ bypassCSP: true });
  for (const [width, colorScheme] of [[1280, 'light'], [375, 'dark'], [1280, 'dark'], [375, 'light']]) {
    test(`no violations at ${width} px (${colorScheme})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto('/?mode=story');
      await expect(page.locator('.story .event-detail')).toBeVisible();
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
});
