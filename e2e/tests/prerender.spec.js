// The first screen drawn at build time (tools/prerender.mjs): on screen from the HTML and CSS
// alone, and replaced by the app in one step. The plain `test`: these look before the mount.
import { test, expect } from '@playwright/test';
import { createRequire } from 'node:module';
import { exportedCorpus, watchConsole } from './corpus.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// Holds the wasm until the returned function is called: the page as it is before the app runs.
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  return release;
}

// The first event of the list, checked against the extraction.
async function expectFirstEventFromCorpus(page) {
  const corpus = exportedCorpus();
  const first = page.locator('section.timeline article.event').first();
  await expect(first).toBeInViewport();
  const id = await first.getAttribute('data-event');
  const event = corpus.events.find((e) => e.id === id);
  expect(event).toBeTruthy();
  await expect(first.locator(`#summary-${id}`)).toHaveText((event.headline ?? event.summary).replace(/\s+/g, ' ').trim());
  const tagline = `${corpus.events.length} events extracted from ${corpus.articles.length} articles`;
  await expect(page.locator('header .tagline')).toContainText(tagline);
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the header and the first events are on screen', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Newsline');
    await expectFirstEventFromCorpus(page);
    await expect(page.locator('[data-prerender]').first()).toBeAttached();
  });
});

test('before the wasm runs the first event is on screen; the app takes its place in one step', async ({ page }) => {
  const errors = watchConsole(page);
  await page.addInitScript(() => {
    // Each frame: an event with a box, prerendered nodes left, ids on the page twice.
    window.__frames = [];
    const look = () => {
      const event = document.querySelector('article[data-event]');
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      window.__frames.push({ event: !!event && event.getBoundingClientRect().height > 0, twice: ids.length - new Set(ids).size });
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const release = await holdWasm(page);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await expectFirstEventFromCorpus(page);
  // The first event in sight (the closed band's are not drawn at build time); the app's
  // comment markers (empty text anchors) aside, the markup is the same.
  const id = await page.locator('section.day article.event').first().getAttribute('data-event');
  const markup = () => page.evaluate((id) => {
    const plain = (el) => el.outerHTML.replace(' data-prerender=""', '').replaceAll('<!---->', '');
    return { header: plain(document.querySelector('header.masthead')), first: plain(document.querySelector(`section.day article.event[data-event="${id}"]`)) };
  }, id);
  const before = await markup();
  // The keyboard on a control of the first screen stays on that control in the app.
  await page.locator('button.mode-switch').focus();
  release();
  await page.waitForFunction(() => !document.querySelector('[data-prerender]') && document.querySelector('main'));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await markup()).toEqual(before);
  expect(await page.evaluate(() => document.activeElement.className)).toBe('mode-switch');
  const frames = await page.evaluate(() => window.__frames);
  const shown = frames.findIndex((f) => f.event);
  expect(shown).toBeGreaterThanOrEqual(0);
  expect(frames.slice(shown).filter((f) => !f.event)).toEqual([]);
  expect(frames.filter((f) => f.twice)).toEqual([]);
  // The app is live: the button now works.
  await page.keyboard.press('Enter');
  await expect(page.locator('button.mode-switch')).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
});

test('an address with a query shows no prerendered default view, within the CSP', async ({ page }) => {
  const errors = watchConsole(page);
  const release = await holdWasm(page);
  await page.goto('/?mode=story', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('[data-prerender]')).toHaveCount(0);
  await expect(page.locator('article[data-event]')).toHaveCount(0);
  release();
  await expect(page.locator('section.timeline.story-mode')).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe('accessibility of the first screen', () => {
  // The audit tool is injected by the test; the page's CSP would refuse it.
  test.use({ bypassCSP: true });

  test('axe-core finds no violations before the app runs', async ({ page }) => {
    await holdWasm(page);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    await expect(page.locator('[data-prerender]').first()).toBeAttached();
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
