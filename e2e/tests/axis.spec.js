// The time axis (src/components/time_axis.rs): marks against the extraction, zoom and pan
// by mouse, wheel, pinch and keyboard, the link between marks and the list, and axe.
import { test, expect } from './app.js';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { exportedCorpus, watchConsole, SHOWN_EVENTS } from './corpus.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const mark = (page, id) => page.locator(`.axis-drawing [data-event="${id}"]`);

// The horizontal centre of a mark on the page.
async function centreX(locator) {
  const box = await locator.boundingBox();
  return box.x + box.width / 2;
}

// Events in axis order: by date (a month before its days), then as the list has them.
function datedInOrder(corpus) {
  return corpus.events.filter((e) => e.date);
}

// Two marks on different days, to measure the axis by.
async function spread(page, corpus) {
  const dated = datedInOrder(corpus).filter((e) => e.precision === 'day');
  const first = dated[0];
  const last = dated.findLast((e) => e.date !== first.date);
  return (await centreX(mark(page, last.id))) - (await centreX(mark(page, first.id)));
}

test('every dated event is a mark at its date: spans for months, hollow when inferred, a break over skipped time', async ({ page }) => {
  const corpus = exportedCorpus();
  const errors = watchConsole(page);
  await page.goto('/');
  const dated = datedInOrder(corpus);
  await expect(page.locator('.axis-drawing [data-event]')).toHaveCount(dated.length);
  for (const event of dated) {
    const m = mark(page, event.id);
    await expect(m).toHaveClass(event.date_inferred ? /\binferred\b/ : /^(?!.*\binferred\b)/);
    await expect(m.locator(event.precision === 'day' ? 'circle' : 'rect')).toHaveCount(1);
    // The accessible name carries the date, the title (headline, else summary) and the outlets.
    const label = await m.getAttribute('aria-label');
    expect(label).toContain((event.headline ?? event.summary).trim().slice(0, 40));
    expect(label).toMatch(/Reported by \w/);
  }
  // Earlier dates lie further left.
  const byDate = [...dated].sort((a, b) => a.date.localeCompare(b.date));
  const xs = [];
  for (const event of byDate) xs.push(await centreX(mark(page, event.id)));
  for (let i = 1; i < xs.length; i++) {
    if (byDate[i].date.slice(0, 7) !== byDate[i - 1].date.slice(0, 7)) expect(xs[i]).toBeGreaterThan(xs[i - 1]);
  }
  await expect(page.locator('.axis-break').first()).toBeAttached();
  expect(errors).toEqual([]);
});

test('the axis shows what the filters let through', async ({ page }) => {
  await page.goto('/');
  await page.locator('.facet-outlets input[type="checkbox"]').first().check();
  const listed = await page.locator(SHOWN_EVENTS).evaluateAll((els) => els.map((e) => e.dataset.event));
  const drawn = await page.locator('.axis-drawing [data-event]').evaluateAll((els) => els.map((e) => e.dataset.event));
  const dated = new Set(exportedCorpus().events.filter((e) => e.date).map((e) => e.id));
  expect(drawn.sort()).toEqual(listed.filter((id) => dated.has(id)).sort());
  expect(drawn.length).toBeLessThan(dated.size);
});

test('buttons, the wheel, a drag and a pinch zoom and pan the axis', async ({ page }) => {
  const corpus = exportedCorpus();
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Zoom out' })).toBeDisabled();
  const whole = await spread(page, corpus);

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => spread(page, corpus)).toBeGreaterThan(whole * 1.5);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(() => spread(page, corpus)).toBeCloseTo(whole, 0);

  const frame = page.locator('.axis-frame');
  const box = await frame.boundingBox();
  await page.mouse.move(box.x + box.width * 0.8, box.y + 20);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => spread(page, corpus)).toBeGreaterThan(whole * 1.5);

  // Dragging left moves the marks left by the distance dragged.
  const target = datedInOrder(corpus).findLast((e) => e.precision === 'day');
  const before = await centreX(mark(page, target.id));
  await page.mouse.move(box.x + box.width / 2, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 60, box.y + 20, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => before - (await centreX(mark(page, target.id)))).toBeGreaterThan(40);

  // A pinch: two touch pointers moving apart zoom in.
  await page.getByRole('button', { name: 'Show all' }).click();
  await page.evaluate(({ x, y }) => {
    const el = document.querySelector('.axis-frame');
    const fire = (type, pointerId, clientX) =>
      el.dispatchEvent(new PointerEvent(type, { pointerId, clientX, clientY: y, pointerType: 'touch', isPrimary: pointerId === 1, bubbles: true }));
    fire('pointerdown', 1, x - 40);
    fire('pointerdown', 2, x + 40);
    for (let d = 50; d <= 160; d += 10) fire('pointermove', 2, x + d);
    fire('pointerup', 1, x - 40);
    fire('pointerup', 2, x + 160);
  }, { x: box.x + box.width / 2, y: box.y + 20 });
  await expect.poll(() => spread(page, corpus)).toBeGreaterThan(whole * 1.5);
});

test('the keyboard moves from mark to mark, zooms, and opens an event', async ({ page }) => {
  const corpus = exportedCorpus();
  const errors = watchConsole(page);
  await page.goto('/');
  const order = datedInOrder(corpus).map((e) => e.id);
  // One tab stop for the whole axis.
  await expect(page.locator('.axis-drawing [tabindex="0"]')).toHaveCount(1);
  await page.locator('.axis-drawing [tabindex="0"]').focus();
  const focused = () => page.evaluate(() => document.activeElement.dataset.event);
  await expect.poll(focused).toBe(order[0]);
  await page.keyboard.press('ArrowRight');
  await expect.poll(focused).toBe(order[1]);
  await page.keyboard.press('End');
  await expect.poll(focused).toBe(order.at(-1));
  await page.keyboard.press('ArrowLeft');
  await expect.poll(focused).toBe(order.at(-2));
  await page.keyboard.press('Home');
  await expect.poll(focused).toBe(order[0]);

  const whole = await spread(page, corpus);
  await page.keyboard.press('End');
  await page.keyboard.press('+');
  await expect.poll(() => spread(page, corpus)).toBeGreaterThan(whole * 1.5);
  await expect.poll(focused).toBe(order.at(-1));
  await page.keyboard.press('-');
  await expect.poll(() => spread(page, corpus)).toBeCloseTo(whole, 0);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`event=${order.at(-1)}(&|$)`));
  const item = page.locator(`article.event[data-event="${order.at(-1)}"]`);
  await expect(item.locator('.event-detail')).toBeVisible();
  await expect(item).toBeFocused();
  await expect(item).toBeInViewport();
  expect(errors).toEqual([]);
});

test('pointing at a mark marks its event in the list and the reverse; a click opens it', async ({ page }) => {
  const corpus = exportedCorpus();
  await page.goto('/');
  const event = datedInOrder(corpus).find((e) => e.mentions.length > 3);
  const item = page.locator(`article.event[data-event="${event.id}"]`);
  await mark(page, event.id).hover();
  await expect(item).toHaveClass(/\bpointed\b/);
  await page.mouse.move(0, 0);
  await expect(item).not.toHaveClass(/\bpointed\b/);
  await item.locator('.summary').hover();
  await expect(mark(page, event.id)).toHaveClass(/\bpointed\b/);

  await page.mouse.move(0, 0);
  await mark(page, event.id).click();
  await expect(item.locator('.event-detail')).toBeVisible();
  await expect(item).toBeInViewport();
});

test('a lane per outlet: each outlet with its marks, one event joined across lanes, publication times', async ({ page }) => {
  const corpus = exportedCorpus();
  const errors = watchConsole(page);
  await page.goto('/');
  await page.getByLabel('Lanes').selectOption({ label: 'One per outlet' });
  const outlets = [...new Set(corpus.articles.map((a) => a.outlet).filter(Boolean))];
  await expect(page.locator('.axis-lane')).toHaveText(outlets.sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  // An event is drawn once in the lane of every outlet that reported it.
  const outletsOf = (e) => new Set(e.mentions.map((m) => corpus.articles.find((a) => a.id === m.article)?.outlet).filter(Boolean));
  const widest = corpus.events.filter((e) => e.date).sort((a, b) => outletsOf(b).size - outletsOf(a).size)[0];
  expect(outletsOf(widest).size).toBeGreaterThan(1);
  await expect(mark(page, widest.id)).toHaveCount(outletsOf(widest).size);
  await expect(page.locator('.axis-join').first()).toBeAttached();
  // Each article's publication: a triangle at its time, or its day underlined; one path per
  // lane and kind, each distinct publication a piece of it ("M x y ..."), lanes in outlet order.
  const byName = (a, b) => a.toLowerCase().localeCompare(b.toLowerCase());
  const pieces = (selector) => page.locator(selector).evaluateAll((els) => els.map((e) => [...e.getAttribute('d').matchAll(/M(-?\d+) /g)].map((m) => Number(m[1]))));
  const published = (timed) => outlets.sort(byName).map((o) => corpus.articles.filter((a) => a.outlet === o && a.published.date && !!a.published.time === timed))
    .filter((list) => list.length > 0);
  const distinct = (list) => new Set(list.map((a) => `${a.published.date} ${a.published.time}`)).size;
  const timedLanes = published(true);
  const timedXs = await pieces('.axis-published');
  expect(timedXs.map((xs) => xs.length)).toEqual(timedLanes.map(distinct));
  expect((await pieces('.axis-published-day')).map((xs) => xs.length)).toEqual(published(false).map(distinct));
  // Within a lane, the earlier publication time lies further left.
  timedLanes.forEach((list, lane) => {
    const order = [...new Map(list.map((a) => [`${a.published.date} ${a.published.time}`, a])).values()];
    for (let i = 0; i < order.length; i++) {
      for (let j = i + 1; j < order.length; j++) {
        const [a, b] = [order[i].published, order[j].published];
        if (a.date === b.date) expect(timedXs[lane][i] < timedXs[lane][j]).toBe(a.time < b.time);
      }
    }
  });

  await page.getByLabel('Lanes').selectOption({ label: 'One per actor' });
  await expect(page.locator('.axis-lane').first()).toBeAttached();
  await expect(page.locator('.axis-published')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the picture downloads as an SVG file of the current view, read back by an XML parser', async ({ page }) => {
  await page.goto('/');
  await page.locator('.facet-outlets input[type="checkbox"]').first().check();
  await page.getByLabel('Lanes').selectOption({ label: 'One per outlet' });
  const drawn = await page.locator('.axis-drawing [data-event]').evaluateAll((els) => els.map((e) => e.dataset.event));
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download picture (SVG)' }).click()]);
  expect(file.suggestedFilename()).toBe('newsline-axis.svg');
  const text = readFileSync(await file.path(), 'utf8');
  const parsed = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      events: [...doc.querySelectorAll('[data-event]')].map((e) => e.getAttribute('data-event')),
      lanes: doc.querySelectorAll('.axis-lane').length,
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.events.sort()).toEqual(drawn.sort());
  expect(parsed.lanes).toBe(await page.locator('.axis-drawing .axis-lane').count());
});

test('a skip link leads to the timeline', async ({ page }) => {
  await page.goto('/');
  await page.waitForSelector('article[data-event]', { state: 'attached' });
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the timeline' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#timeline-heading')).toBeFocused();
});

test.describe('axe', () => {
  test.use({ bypassCSP: true });
  for (const width of [1280, 375]) {
    for (const colorScheme of ['light', 'dark']) {
      test(`no violations with the axis at ${width} px (${colorScheme})`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto('/');
        await page.locator('.axis-drawing [tabindex="0"]').focus();
        await page.keyboard.press('ArrowRight');
        await page.addScriptTag({ path: axePath });
        const audit = async () => {
          const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
          return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        };
        expect(await audit()).toEqual([]);
        await page.getByLabel('Lanes').selectOption({ label: 'One per outlet' });
        await expect(page.locator('.axis-lane').first()).toBeAttached();
        expect(await audit()).toEqual([]);
        // The drawing fits the page: no sideways scrolling.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      });
    }
  }
});
