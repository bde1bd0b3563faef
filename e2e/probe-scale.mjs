import { chromium } from 'playwright-core';
import { startServer } from './start-server.mjs';
const server = await startServer(process.argv[2], 4183);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.addInitScript(() => {
  window.__long = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push([Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask', buffered: true });
  const look = () => { if (document.querySelector('article[data-event]')) window.__first = performance.now(); else requestAnimationFrame(look); };
  requestAnimationFrame(look);
});
await page.goto('http://127.0.0.1:4183/');
await page.waitForFunction(() => window.__first, null, { timeout: 120000 });
await page.waitForTimeout(2000);
console.log('first event', Math.round(await page.evaluate(() => window.__first)), 'ms; long tasks', JSON.stringify(await page.evaluate(() => window.__long)));
const t = await page.evaluate(async () => {
  const box = document.querySelector('input[name="outlet"]');
  const t0 = performance.now(); box.click();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const t1 = performance.now(); box.click();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  return [Math.round(t1 - t0), Math.round(performance.now() - t1)];
});
console.log('outlet toggle on/off', t);
await browser.close(); server.kill();
