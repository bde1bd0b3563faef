// Where the start-up's long tasks go: node trace-start.mjs DIST serves DIST (port
// NEWSLINE_BENCH_PORT, else 4185), records a Chromium trace (devtools.timeline) from the
// navigation to 4 s after the mount, and prints each main-thread task of 30 ms or more (MIN_MS) (from
// the first event on screen) with what it ran: script (timers, the module's evaluation, wasm
// compiling), style, layout, paint, each 2 ms or more.
import { chromium } from 'playwright-core';
import { startServer } from './start-server.mjs';
const [dist] = process.argv.slice(2);
const port = Number(process.env.NEWSLINE_BENCH_PORT ?? 4185);
const server = await startServer(dist, port);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,v8.execute,blink.user_timing', transferMode: 'ReportEvents' });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => document.querySelector('main') && !document.querySelector('[data-prerender]'), null, { timeout: 120000 });
  await page.waitForTimeout(4000);
  await cdp.send('Tracing.end');
  await done;
  // The renderer's main thread: the one that ran the page's layout.
  const main = events.find((e) => e.name === 'Layout')?.tid;
  const onMain = events.filter((e) => e.tid === main && e.ph === 'X' && e.dur);
  const t0 = Math.min(...onMain.map((e) => e.ts));
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur >= Number(process.env.MIN_MS ?? 30) * 1000).sort((a, b) => a.ts - b.ts);
  const kinds = ['TimerFire', 'EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Commit', 'ParseHTML', 'MinorGC', 'MajorGC', 'v8.wasm.compileLazy', 'wasm.CompileLazy', 'FireAnimationFrame', 'FireIdleCallback'];
  // The app's start-up steps are timers (main.rs): each timer of 1 ms or more, in order.
  const timers = onMain.filter((e) => e.name === 'TimerFire' && e.dur >= 1000).sort((a, b) => a.ts - b.ts);
  console.log('timers:', timers.map((e) => `${((e.ts - t0) / 1000).toFixed(0)}:${(e.dur / 1000).toFixed(1)}`).join(' '));
  for (const task of tasks) {
    console.log(`${((task.ts - t0) / 1000).toFixed(0).padStart(6)} ms: task ${(task.dur / 1000).toFixed(1)} ms`);
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur >= 2000 && (kinds.includes(e.name) || process.env.DETAIL));
    for (const e of inside.sort((a, b) => a.ts - b.ts)) console.log(`${((e.ts - task.ts) / 1000).toFixed(1).padStart(12)} +${(e.dur / 1000).toFixed(1).padStart(6)} ${e.name} ${JSON.stringify(e.args?.data?.functionName ?? e.args?.data?.url ?? e.args?.data?.type ?? '').slice(0, 80)}`);
  }
} finally {
  await browser.close();
  server.kill();
}
