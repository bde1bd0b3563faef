import { test, expect } from './app.js';
import { subPathURL } from './ports.js';
import { exportedCorpus, watchConsole, SHOWN_EVENTS } from './corpus.js';

// Records CSP violations from the first script on.
async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test('the built page runs under a strict Content-Security-Policy with zero violations', async ({ page }) => {
  const errors = watchConsole(page);
  await watchCsp(page);
  await page.goto('/?event=e1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Newsline');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).toContain("style-src 'self'");
  // Use the page a little: filters, details, the reader.
  await page.locator('input[name="outlet"]').first().check();
  await page.locator('li.article').first().getByRole('button', { name: 'Read the article' }).click();
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the page makes no request to any other origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  await expect(page.locator(SHOWN_EVENTS).first()).toBeAttached();
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  await page.locator('li.article').first().getByRole('button', { name: 'Read the article' }).click();
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(2);
});

test('the same build works under a sub-path, and links keep the path', async ({ page }) => {
  const corpus = exportedCorpus();
  const errors = watchConsole(page);
  await page.goto(subPathURL);
  await expect(page.locator(SHOWN_EVENTS)).toHaveCount(corpus.events.length);
  await page.locator('input[name="outlet"]').first().check();
  await expect(page).toHaveURL(new RegExp(`^${subPathURL.replace(/[.?/]/g, '\\$&')}\\?outlet=`));
  await page.reload();
  await expect(page.locator('input[name="outlet"]').first()).toBeChecked();
  expect(errors).toEqual([]);
});
