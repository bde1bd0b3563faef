// Wasm memory across filter changes in Chromium: node bench-leak.mjs [N...] (serves ../dist
// itself; default N = 10 100 1000). Each toggle is one filter change made the way a reader
// makes it (a click on an outlet checkbox, on an actor checkbox, on "Clear filters", in
// turn), then a frame awaited so the page has redrawn. After 10, 100, 1000 toggles it prints
// the size of the wasm memory, the JS heap and the number of DOM nodes.
//
// The wasm memory only grows (pages are never given back), so a leak shows as a size that
// keeps growing with the number of toggles; no leak as a size that stops growing.
import { chromium } from 'playwright-core';
import { startServer } from './start-server.mjs';
import { wasmMemoryProbe, toggleFilters } from './tests/leak-probe.js';

const checkpoints = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (checkpoints.length === 0) checkpoints.push(10, 100, 1000);

const server = await startServer('../dist', 4178);
const browser = await chromium.launch({
  executablePath: process.env.NEWSLINE_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--js-flags=--expose-gc'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(wasmMemoryProbe);
  await page.goto('http://127.0.0.1:4178/');
  await page.waitForSelector('input[data-outlet]');
  await page.waitForFunction(() => window.newslineWasmMemory);
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  const start = await page.evaluate(() => window.newslineWasmMemory.buffer.byteLength);
  console.log(`after load: wasm memory ${kb(start)}`);
  let done = 0;
  for (const n of checkpoints) {
    await page.evaluate(toggleFilters, { from: done, to: n });
    done = n;
    const m = await page.evaluate(() => {
      globalThis.gc?.();
      return {
        wasm: window.newslineWasmMemory.buffer.byteLength,
        heap: performance.memory?.usedJSHeapSize ?? 0,
        nodes: document.getElementsByTagName('*').length,
      };
    });
    console.log(`after ${n} toggles: wasm memory ${kb(m.wasm)}, JS heap ${kb(m.heap)}, ${m.nodes} elements`);
  }
} finally {
  await browser.close();
  server.kill();
}
