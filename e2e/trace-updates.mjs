// Where the time of bench-page.mjs's updates goes, phase by phase: node trace-updates.mjs DIST
// [ROUNDS] serves DIST (port NEWSLINE_BENCH_PORT, else 4185), opens the mounted page, then
// ROUNDS times (default 5) times an outlet tick and "Clear filters" exactly as bench-page.mjs
// does (from an animation frame, the clear in the frame after the tick, until the next task
// with style and layout forced shows the change; a search and a clear after, untimed, put the
// page back) under a Chromium trace, and prints for each update the median of the measured
// time and of the renderer main thread's work inside it, by kind (script, style, layout,
// pre-paint, paint, commit, GC, HTML parsing, timers, and idle: the time no task covered).
// ALL=1 prints each round too; WAIT=300 leaves 300 ms between the updates; CSS='rule' adds a
// style sheet after the mount (a constructed one: the release page's CSP forbids inline
// styles), to try a rule without a build.
import { openMountedPage } from './mounted-page.mjs';
const [dist, rounds = '5'] = process.argv.slice(2);
const { page, close } = await openMountedPage(dist);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const kind = (name) => {
  if (['FunctionCall', 'EventDispatch', 'RunMicrotasks', 'FireAnimationFrame', 'EvaluateScript', 'v8.callFunction', 'RunTask'].includes(name)) return null;
  if (name === 'UpdateLayoutTree' || name === 'RecalculateStyles' || name === 'ScheduleStyleRecalculation') return 'style';
  if (name === 'Layout') return 'layout';
  if (name === 'PrePaint') return 'prepaint';
  if (name === 'Paint' || name === 'PaintImage' || name === 'RasterTask') return 'paint';
  if (name === 'Commit' || name === 'Layerize' || name === 'UpdateLayer' || name === 'CompositeLayers') return 'commit';
  if (name === 'MinorGC' || name === 'MajorGC' || name === 'V8.GC_SCAVENGER' || name === 'BlinkGC.AtomicPhase') return 'gc';
  if (name === 'ParseHTML' || name === 'ParseAuthorStyleSheet') return 'parse';
  if (name === 'HitTest') return 'hittest';
  if (name === 'TimerFire') return 'timer';
  return undefined;
};
const results = { tick: [], clear: [], search: [] };
try {
  // CSS: a style sheet added after the mount, to try a rule without a build.
  if (process.env.CSS) await page.evaluate((css) => { const sheet = new CSSStyleSheet(); sheet.replaceSync(css); document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]; }, process.env.CSS);
  await page.waitForTimeout(300);
  const cdp = await page.context().newCDPSession(page);
  for (let round = 0; round < Number(rounds); round++) {
    const events = [];
    const onData = (d) => events.push(...d.value);
    cdp.on('Tracing.dataCollected', onData);
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink.user_timing', transferMode: 'ReportEvents' });
    await page.waitForTimeout(300);
    const spans = await page.evaluate(async (wait) => {
      const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
      const spans = {};
      const time = async (name, act, until) => {
        await new Promise((r) => requestAnimationFrame(r));
        performance.mark(`${name}-start`);
        const t0 = performance.now();
        act();
        do { await nextTask(); void document.documentElement.offsetHeight; } while (!until());
        spans[name] = performance.now() - t0;
        performance.mark(`${name}-end`);
        if (wait) await new Promise((r) => setTimeout(r, wait));
      };
      const summary = () => document.querySelector('.filter-summary').textContent;
      const before = summary();
      await time('tick', () => document.querySelector('input[name="outlet"]').click(), () => summary() !== before);
      await time('clear', () => document.querySelector('button.clear').click(), () => summary() === before);
      const box = document.querySelector('input[name="q"]');
      box.value = 'aleppo';
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 600));
      await time('clear2', () => document.querySelector('button.clear').click(), () => summary() === before);
      return spans;
    }, Number(process.env.WAIT ?? 0));
    await page.waitForTimeout(200);
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    const marks = new Map(events.filter((e) => e.cat?.includes('blink.user_timing') && /-(start|end)$/.test(e.name)).map((e) => [e.name, e]));
    const mainTid = marks.get('tick-start')?.tid;
    const pid = marks.get('tick-start')?.pid;
    for (const name of ['tick', 'clear']) {
      const a = marks.get(`${name}-start`)?.ts, b = marks.get(`${name}-end`)?.ts;
      if (!a || !b) continue;
      // Top-level slices on the main thread within [a, b]: self time by kind (nested slices of
      // a known kind are counted to that kind, the rest to script).
      const slices = events.filter((e) => e.ph === 'X' && e.pid === pid && e.tid === mainTid && e.ts + e.dur > a && e.ts < b).sort((x, y) => x.ts - y.ts || y.dur - x.dur);
      const by = { script: 0, style: 0, layout: 0, prepaint: 0, paint: 0, commit: 0, gc: 0, parse: 0, hittest: 0 };
      // Walk with a stack: attribute each slice's self time to its kind (or its nearest known ancestor's).
      const stack = [];
      const clip = (s, e) => Math.max(0, Math.min(e, b) - Math.max(s, a));
      let busy = 0;
      for (const e of slices) {
        while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
        const k = kind(e.name);
        const parent = stack[stack.length - 1];
        const mine = k === undefined ? (parent ? parent.k : 'other') : k === null ? (parent && parent.k !== 'script' ? parent.k : 'script') : k;
        const span = clip(e.ts, e.ts + e.dur);
        if (parent) by[parent.k] = (by[parent.k] ?? 0) - span; else busy += span;
        by[mine] = (by[mine] ?? 0) + span;
        stack.push({ end: e.ts + e.dur, k: mine });
      }
      const row = { ms: spans[name] };
      for (const [k, v] of Object.entries(by)) row[k] = v / 1000;
      row.idle = spans[name] - busy / 1000;
      results[name].push(row);
    }
  }
} finally { await close(); }
for (const [name, rows] of Object.entries(results)) {
  if (!rows.length) continue;
  const keys = Object.keys(rows[0]);
  console.log(name.padEnd(6), keys.map((k) => `${k} ${median(rows.map((r) => r[k] ?? 0)).toFixed(1)}`).join('  '));
  if (process.env.ALL) rows.forEach((r) => console.log('      ', keys.map((k) => `${k} ${(r[k] ?? 0).toFixed(1)}`).join('  ')));
}
