// Frame times of the time axis in Chromium: node bench-axis.mjs [DIST] (serves DIST, by
// default ../dist, itself; a page built from a generated corpus measures the axis at scale).
// Each step starts at a frame (requestAnimationFrame), dispatches one wheel or pointer
// event on the axis and waits for the next task: the app's updates (microtasks) and the
// browser's rendering of that frame (style, layout, paint) run before it. The time from
// the event to that task is the step's frame time. Prints median and worst per gesture.
import { chromium } from 'playwright-core';
import { startServer } from './start-server.mjs';

const dist = process.argv[2] ?? '../dist';
const server = await startServer(dist, 4175);
const browser = await chromium.launch({ executablePath: process.env.NEWSLINE_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto('http://127.0.0.1:4175/');
  await page.waitForSelector('.axis-drawing [data-key]', { timeout: 120000 });
  console.log(`${await page.locator('article[data-event]').count()} events listed`);
  for (const lanes of ['One for all events', 'One per outlet', 'One per actor']) {
    await page.locator('.axis-lanes select').selectOption({ label: lanes });
    // Let the load (or the lane switch) finish its work first: only gesture frames are measured.
    await page.waitForTimeout(1000);
    const result = await page.evaluate(async () => {
      const frame = document.querySelector('.axis-frame');
      const box = frame.getBoundingClientRect();
      const y = box.top + 20;
      const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
      const rendered = () => new Promise((r) => requestAnimationFrame(r));
      const time = async (fire) => {
        await rendered();
        const t0 = performance.now();
        fire();
        await nextTask();
        void document.documentElement.offsetHeight;
        return performance.now() - t0;
      };
      const stats = (xs) => { const s = [...xs].sort((a, b) => a - b); return { n: s.length, median: +s[s.length >> 1].toFixed(2), worst: +s.at(-1).toFixed(2) }; };
      const zoom = [];
      for (let i = 0; i < 60; i++) {
        const deltaY = i % 20 < 10 ? -120 : 120;
        zoom.push(await time(() => frame.dispatchEvent(new WheelEvent('wheel', { deltaY, clientX: box.left + box.width * 0.7, clientY: y, bubbles: true, cancelable: true }))));
      }
      // Zoomed in 4x, then dragged left and right.
      for (let i = 0; i < 4; i++) frame.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: box.left + box.width / 2, clientY: y, bubbles: true, cancelable: true }));
      await rendered();
      const pan = [];
      const fire = (type, x) => frame.dispatchEvent(new PointerEvent(type, { pointerId: 7, clientX: x, clientY: y, pointerType: 'mouse', button: 0, bubbles: true }));
      let x = box.left + box.width / 2;
      fire('pointerdown', x);
      for (let i = 0; i < 60; i++) {
        x += i < 30 ? -8 : 8;
        pan.push(await time(() => fire('pointermove', x)));
      }
      fire('pointerup', x);
      // A brush along the strip of dates under the lanes (released with pointercancel, so
      // the view stays unfiltered for the next gesture).
      const strip = box.bottom - 12;
      const brush = [];
      const fireAt = (type, x) => frame.dispatchEvent(new PointerEvent(type, { pointerId: 8, clientX: x, clientY: strip, pointerType: 'mouse', button: 0, bubbles: true }));
      x = box.left + box.width * 0.2;
      fireAt('pointerdown', x);
      for (let i = 0; i < 60; i++) {
        x += 8;
        brush.push(await time(() => fireAt('pointermove', x)));
      }
      fireAt('pointercancel', x);
      return { zoom: stats(zoom), pan: stats(pan), brush: stats(brush), marks: document.querySelectorAll('.axis-drawing [data-key]').length };
    });
    console.log(`${lanes}: wheel zoom ${JSON.stringify(result.zoom)} ms, drag pan ${JSON.stringify(result.pan)} ms, brush ${JSON.stringify(result.brush)} ms, ${result.marks} marks drawn`);
  }
} finally {
  await browser.close();
  server.kill();
}
