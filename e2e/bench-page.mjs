// The page at scale (issue 11's table): node bench-page.mjs DIST [LABEL]. Serves DIST (a
// release build), then in Chromium (1280 × 900, fresh context, cache empty) measures, as
// medians of 3 loads: the first event on screen (the first frame in which an event of the
// list has a box, whether the build's prerendered first screen or the app drew it), the
// bytes that needed (gzip: the HTML and CSS when the prerendered screen drew it, else the
// HTML, CSS, JS and wasm), the app mounted (the wasm running, the page live), the longest
// task after the first event and after the mount, and how long each change takes until the page shows it,
// style and layout included (an outlet ticked, a search applied, "Clear filters"; painting
// is the browser's, after). Prints one JSON line.
// `cargo xtask bench-page` builds the corpora and runs this on each.
import { chromium } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { startServer } from './start-server.mjs';

const [dist, label = dist] = process.argv.slice(2);
const gzipOf = (pattern) => readdirSync(dist).filter((f) => pattern.test(f)).reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
const pageBytes = gzipOf(/\.(html|css)$/);
const appBytes = gzipOf(/\.(wasm|js)$/);
// NEWSLINE_BENCH_PORT: another port when 4185 is taken (machines shared by several people).
const port = Number(process.env.NEWSLINE_BENCH_PORT ?? 4185);
const server = await startServer(dist, port);
const browser = await chromium.launch({ executablePath: process.env.NEWSLINE_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const runs = [];
try {
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__tasks = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__tasks.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
      const look = () => {
        const first = document.querySelector('article[data-event]');
        if (first && first.getBoundingClientRect().height > 0 && !window.__first) {
          window.__first = performance.now();
          window.__prerendered = !!first.closest('[data-prerender]');
        }
        // Mounted: the app's <main> there and the prerendered nodes gone.
        if (!window.__mounted && document.querySelector('main') && !document.querySelector('[data-prerender]')) window.__mounted = performance.now();
        if (!(window.__first && window.__mounted)) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => window.__first && window.__mounted, null, { timeout: 300000 });
    await page.waitForTimeout(3000);
    const result = await page.evaluate(async () => {
      // From the action to the next task (the app's updates run as microtasks before it), with
      // the style and layout of the change forced; repeated until the page shows the change.
      const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
      const time = async (act, until) => {
        await new Promise((r) => requestAnimationFrame(r));
        const t0 = performance.now();
        act();
        do {
          await nextTask();
          void document.documentElement.offsetHeight;
        } while (!until());
        return performance.now() - t0;
      };
      const summary = () => document.querySelector('.filter-summary').textContent;
      const outlet = document.querySelector('input[name="outlet"]');
      const before = summary();
      const tick = await time(() => outlet.click(), () => summary() !== before);
      const clear = await time(() => document.querySelector('button.clear').click(), () => summary() === before);
      // A search applies after the typing pause (150 ms): timed from the input event, less the pause.
      const box = document.querySelector('input[name="q"]');
      const search = await time(() => { box.value = 'aleppo'; box.dispatchEvent(new Event('input', { bubbles: true })); }, () => summary() !== before) - 150;
      const first = window.__first;
      // From the first event (the mount's tasks included when the prerendered screen drew it), and from the mount.
      const longestFrom = (t) => Math.max(0, ...window.__tasks.filter(([start]) => start >= t).map(([, d]) => d));
      const longest = longestFrom(first);
      const longestMounted = longestFrom(window.__mounted);
      return { first, mounted: window.__mounted, prerendered: window.__prerendered, longest, longestMounted, tick, clear, search, events: document.querySelector('.tagline').textContent };
    });
    runs.push(result);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
const pick = (key) => Math.round(median(runs.map((r) => r[key])));
// The bytes the first event waited for: the app's too unless the prerendered screen drew it.
const prerendered = runs.every((r) => r.prerendered);
const gzip = prerendered ? pageBytes : pageBytes + appBytes;
console.log(JSON.stringify({ corpus: label, page: runs[0].events, prerendered, gzipBytes: gzip, appGzipBytes: appBytes, firstEventMs: pick('first'), mountedMs: pick('mounted'), longestTaskAfterMs: pick('longest'), longestTaskAfterMountMs: pick('longestMounted'), outletTickMs: pick('tick'), clearMs: pick('clear'), searchMs: pick('search') }));
