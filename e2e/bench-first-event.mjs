// First event on screen: Newsline against Knight Lab TimelineJS's first slide, on the same
// events, side by side in one run: node bench-first-event.mjs [RUNS] (default 10).
// Newsline is ../dist (build it first); TimelineJS (from npm, as the e2e tests use it) is
// given the seeds' TimelineJS export inline in its page (`newsline export --format
// timelinejs ../seeds`, the CLI built with `cargo build --release`). Each load is in a fresh
// browser context (empty cache) over a local server; the time is from navigation start to
// the first animation frame in which the first event (Newsline: an event of the list;
// TimelineJS: the text of its first slide) has a box on screen. Prints each tool's median
// and range; runs alternate between the two so load on the machine falls on both.
import { chromium } from 'playwright-core';
import { startServer } from './start-server.mjs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 10);
const data = execFileSync('../target/release/newsline', ['export', '--format', 'timelinejs', '../seeds'], { maxBuffer: 1 << 26 }).toString();
const tl = mkdtempSync(join(tmpdir(), 'newsline-tl-'));
cpSync('node_modules/@knight-lab/timelinejs/dist', join(tl, 'tl'), { recursive: true });
writeFileSync(join(tl, 'index.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="tl/css/timeline.css"><script src="tl/js/timeline.js"></script></head>
<body><div id="timeline-embed" style="width:100%;height:600px"></div>
<script>new TL.Timeline('timeline-embed', ${data}, { script_path: location.origin + '/tl/js/' });</script></body></html>`);

const servers = [await startServer('../dist', 4176), await startServer(tl, 4179)];
const tools = [
  { name: 'Newsline', url: 'http://127.0.0.1:4176/', selector: 'article[data-event] .summary' },
  { name: 'TimelineJS', url: 'http://127.0.0.1:4179/', selector: '.tl-slide .tl-text-content, .tl-slide .tl-headline' },
];
// Installed before any page script: watches every frame for the selector's first box.
const watch = (selector) => {
  const look = () => {
    const found = document.querySelector(selector);
    if (found && found.getBoundingClientRect().height > 0) window.__firstEvent = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};
const browser = await chromium.launch({ executablePath: process.env.NEWSLINE_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const times = Object.fromEntries(tools.map((t) => [t.name, []]));
try {
  for (let run = 0; run < runs; run++) {
    for (const tool of run % 2 ? [...tools].reverse() : tools) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(watch, tool.selector);
      await page.goto(tool.url);
      await page.waitForFunction(() => window.__firstEvent !== undefined, null, { timeout: 60000 });
      times[tool.name].push(await page.evaluate(() => window.__firstEvent));
      await context.close();
    }
  }
} finally {
  await browser.close();
  servers.forEach((s) => s.kill());
}
for (const [name, xs] of Object.entries(times)) {
  const s = [...xs].sort((a, b) => a - b);
  console.log(`${name}: first event on screen, median ${s[s.length >> 1].toFixed(0)} ms (${s[0].toFixed(0)}–${s.at(-1).toFixed(0)} ms over ${s.length} loads)`);
}
