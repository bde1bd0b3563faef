// Where one update's time goes in the browser's own work (style, layout, paint) besides the
// app's: node trace-page.mjs DIST [tick|search|clear] serves DIST (port NEWSLINE_BENCH_PORT,
// else 4185), waits 4 s after the mount, records a Chromium trace (devtools.timeline) of the
// action until the filter summary changes and prints the top-level events by total duration.
import { openMountedPage } from './mounted-page.mjs';
const [dist, action = 'tick'] = process.argv.slice(2);
const { page, close } = await openMountedPage(dist);
try {
  if (action === 'clear') await page.locator('input[name="outlet"]').first().click();
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  const ms = await page.evaluate(async (action) => {
    const summary = () => document.querySelector('.filter-summary').textContent;
    const before = summary();
    const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
    performance.mark('t0');
    const t0 = performance.now();
    if (action === 'tick') document.querySelector('input[name="outlet"]').click();
    else if (action === 'clear') document.querySelector('button.clear').click();
    else { const box = document.querySelector('input[name="q"]'); box.value = 'aleppo'; box.dispatchEvent(new Event('input', { bubbles: true })); }
    do { await nextTask(); void document.documentElement.offsetHeight; } while (summary() === before);
    return performance.now() - t0;
  }, action);
  await page.waitForTimeout(300);
  await cdp.send('Tracing.end');
  await done;
  const totals = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const key = e.name + (e.name === 'FunctionCall' || e.name === 'EvaluateScript' ? '' : '');
    totals.set(key, (totals.get(key) ?? 0) + e.dur / 1000);
  }
  console.log(action, 'took', ms.toFixed(0), 'ms');
  // DETAIL=1: each style, layout and script event on the main thread, in order.
  if (process.env.DETAIL) {
    const t0 = Math.min(...events.filter((e) => e.name === 'EventDispatch').map((e) => e.ts));
    for (const e of events.filter((e) => e.ph === 'X' && e.dur > 200 && (process.env.DETAIL === 'all' || ['UpdateLayoutTree', 'Layout', 'FunctionCall', 'EventDispatch', 'Paint', 'ParseHTML', 'MinorGC', 'RunMicrotasks', 'TimerFire', 'HitTest', 'Commit', 'PrePaint'].includes(e.name))).sort((a, b) => a.ts - b.ts)) {
      console.log(((e.ts - t0) / 1000).toFixed(1).padStart(8), (e.dur / 1000).toFixed(1).padStart(6), e.name, JSON.stringify(e.args?.elementCount ?? e.args?.beginData ?? e.args?.data ?? '').slice(0, 160));
    }
  }
  [...totals].sort((a, b) => b[1] - a[1]).slice(0, 30).forEach(([k, v]) => console.log(v.toFixed(1).padStart(8), k));
} finally { await close(); }
