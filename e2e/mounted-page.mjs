// Shared by the measurement scripts (profile-page.mjs, trace-page.mjs): serve DIST on
// NEWSLINE_BENCH_PORT (else 4185), open it in Chromium at 1280 × 900 and wait until the app
// has mounted and 4 s more, so what is measured next is an update, not the start-up.
import { chromium } from 'playwright-core';
import { startServer } from './start-server.mjs';

export async function openMountedPage(dist) {
  const port = Number(process.env.NEWSLINE_BENCH_PORT ?? 4185);
  const server = await startServer(dist, port);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const close = async () => { await browser.close(); server.kill(); };
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => document.querySelector('main') && !document.querySelector('[data-prerender]'), null, { timeout: 120000 });
    await page.waitForTimeout(4000);
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
