import { test, expect } from './app.js';
import { hostURL } from './ports.js';
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { exportedCorpus, SHOWN_EVENTS } from './corpus.js';

async function download(page, format) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-download="${format}"]`).click()]);
  return readFileSync(await file.path(), 'utf8');
}

test('the current view downloads as corpus JSON, CSV and iCalendar, each read back by a parser', async ({ page }) => {
  const corpus = exportedCorpus();
  await page.goto('/');
  const outlet = page.locator('input[name="outlet"]').first();
  await outlet.check();
  const shown = await page.locator(SHOWN_EVENTS).count();
  expect(shown).toBeLessThan(corpus.events.length);
  const ids = await page.locator(SHOWN_EVENTS).evaluateAll((els) => els.map((e) => e.dataset.event));

  const json = JSON.parse(await download(page, 'json'));
  expect(json.events.map((e) => e.id).sort()).toEqual([...ids].sort());
  expect(json.articles.length).toBe(corpus.articles.length);
  for (const q of json.quotes) expect(ids).toContain(q.event);

  const rows = parseCsv(await download(page, 'csv'), { columns: true });
  expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
  for (const r of rows) {
    const event = corpus.events.find((e) => e.id === r.id);
    expect(r.summary).toBe(event.summary);
    expect(r.headline).toBe(event.headline ?? '');
  }

  const calendar = new ICAL.Component(ICAL.parse(await download(page, 'ics')));
  const entries = calendar.getAllSubcomponents('vevent');
  const dated = ids.filter((id) => corpus.events.find((e) => e.id === id).date);
  expect(entries.length).toBe(dated.length);
  for (const entry of entries) {
    const id = entry.getFirstPropertyValue('uid').replace('@newsline', '');
    const event = corpus.events.find((e) => e.id === id);
    expect(entry.getFirstPropertyValue('summary')).toBe((event.headline ?? event.summary).trim());
  }
});

test('the TimelineJS download opens in Knight Lab TimelineJS from the npm registry', async ({ page }) => {
  const corpus = exportedCorpus();
  await page.goto('/');
  const data = JSON.parse(await download(page, 'timelinejs'));
  const dated = corpus.events.filter((e) => e.date);
  expect(data.events.length).toBe(dated.length);
  await page.goto(`${hostURL}e2e/timelinejs/index.html`);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.evaluate((d) => window.showTimeline(d), data);
  // TimelineJS builds one slide per event, plus the title slide.
  await expect(page.locator('.tl-slide')).toHaveCount(dated.length + 1);
  await expect(page.locator('.tl-timemarker')).toHaveCount(dated.length);
  expect(errors).toEqual([]);
});
