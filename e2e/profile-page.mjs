// Where one update of the page spends its time: node profile-page.mjs DIST [tick|search|clear]
// serves DIST (port NEWSLINE_BENCH_PORT, else 4185), waits 4 s after the mount, then ticks the
// first outlet or searches "aleppo" under Chromium's CPU profiler (CDP, 100 µs samples) and
// prints the functions with the most self and inclusive time until the filter summary changes.
// "(program)" is the browser's own work (style, layout). For wasm names, build with
// `<link data-trunk rel="rust" data-wasm-opt="0" data-keep-debug data-no-demangle ...>` in
// index.html (BENCHMARKS.md, "Quote shards and the 100 MB column").
import { openMountedPage } from './mounted-page.mjs';
const [dist, action = 'tick'] = process.argv.slice(2);
const { page, close } = await openMountedPage(dist);
try {
  // clear: an outlet ticked first, then "Clear filters" profiled.
  if (action === 'clear') {
    await page.locator('input[name="outlet"]').first().click();
    await page.waitForTimeout(500);
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const ms = await page.evaluate(async (action) => {
    const summary = () => document.querySelector('.filter-summary').textContent;
    const before = summary();
    const t0 = performance.now();
    if (action === 'tick') document.querySelector('input[name="outlet"]').click();
    else if (action === 'clear') document.querySelector('button.clear').click();
    else { const box = document.querySelector('input[name="q"]'); box.value = 'aleppo'; box.dispatchEvent(new Event('input', { bubbles: true })); }
    while (summary() === before) await new Promise((r) => setTimeout(r, 0));
    void document.documentElement.offsetHeight;
    return performance.now() - t0;
  }, action);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const name = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop().slice(0, 20)}`;
    self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  // Inclusive time per function name.
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const name = byId.get(cur).callFrame.functionName || '(anon)';
      if (seen.has(name)) continue;
      seen.add(name);
      incl.set(name, (incl.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
    }
  });
  console.log(action, 'took', ms.toFixed(0), 'ms');
  // TREE=1: the call tree, each node's inclusive time (≥ 1 ms), names shortened.
  if (process.env.TREE) {
    const total = new Map();
    profile.samples.forEach((id, i) => total.set(id, (total.get(id) ?? 0) + (dt[i] ?? 0) / 1000));
    const sum = (n) => (total.get(n.id) ?? 0) + (n.children ?? []).reduce((s, c) => s + sum(byId.get(c)), 0);
    const short = (name) => name.replace(/^_ZN/, '').replace(/17h[0-9a-f]{16}E$/, '').replace(/\d+([A-Za-z_$][A-Za-z0-9_$.]*)/g, '$1:').slice(0, 150);
    const walk = (n, depth) => {
      const t = sum(n);
      if (t < 1) return;
      console.log(`${t.toFixed(1).padStart(7)} ${'  '.repeat(depth)}${short(n.callFrame.functionName || '(anon)')}`);
      for (const c of n.children ?? []) walk(byId.get(c), depth + 1);
    };
    walk(profile.nodes[0], 0);
  }
  console.log('SELF'); [...self].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.log(v.toFixed(1).padStart(7), k.slice(0, 130)));
  console.log('INCLUSIVE'); [...incl].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 45)).forEach(([k, v]) => console.log(v.toFixed(1).padStart(7), k.slice(0, 130)));
} finally { await close(); }
