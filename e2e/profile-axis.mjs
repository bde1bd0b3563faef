// Where a pan of the time axis spends its time: node profile-axis.mjs DIST ["One per outlet"]
// serves DIST, zooms in 4x, pans 60 frames under Chromium's CPU profiler and prints the
// functions with the most self time ("(program)" is the browser's own rendering work; wasm
// functions are unnamed in a release build). Used to find what bench-axis.mjs shows is slow.
import { chromium } from 'playwright-core';
import { startServer } from './start-server.mjs';
const server = await startServer(process.argv[2], 4180);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto('http://127.0.0.1:4180/');
await page.waitForSelector('.axis-drawing [data-key]', { timeout: 120000 });
await page.locator('.axis-lanes select').selectOption({ label: process.argv[3] ?? 'One per outlet' });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.evaluate(async () => {
  const frame = document.querySelector('.axis-frame');
  const box = frame.getBoundingClientRect();
  const y = box.top + 20;
  for (let i = 0; i < 4; i++) frame.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: box.left + box.width / 2, clientY: y, bubbles: true, cancelable: true }));
  const fire = (type, x) => frame.dispatchEvent(new PointerEvent(type, { pointerId: 7, clientX: x, clientY: y, pointerType: 'mouse', button: 0, bubbles: true }));
  let x = box.left + box.width / 2;
  fire('pointerdown', x);
  for (let i = 0; i < 60; i++) { x += i < 30 ? -8 : 8; fire('pointermove', x); await new Promise((r) => requestAnimationFrame(r)); }
  fire('pointerup', x);
});
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); });
for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 16)) console.log((v / 1000).toFixed(1), k);
await browser.close(); server.kill();
