// Takes the README screenshots of the release build: node screenshots.mjs (serves ../dist itself).
import { chromium } from 'playwright-core';
import { startServer } from './start-server.mjs';

const server = await startServer('../dist', 4174);
const browser = await chromium.launch({ executablePath: process.env.NEWSLINE_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const [width, name] of [[1280, 'wide'], [375, 'phone']]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto('http://127.0.0.1:4174/?event=e8');
    await page.waitForSelector('.event-detail');
    await page.screenshot({ path: `../docs/screenshots/${name}.png` });
    // The time axis alone, with a lane per outlet.
    await page.getByLabel('Lanes').selectOption({ label: 'One per outlet' });
    const axis = page.locator('section.axis');
    await axis.scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    await axis.screenshot({ path: `../docs/screenshots/axis-${name}.png` });
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
