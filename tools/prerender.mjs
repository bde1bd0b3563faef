// The first screen before the wasm: called by release-html.mjs (a trunk post-build hook) on
// the release page in trunk's staging folder. It opens that page in headless Chromium, lets
// the app itself draw its default view (so the markup, text and classes are the app's own,
// from the corpus embedded in this very build), keeps the header, the filter panel and the
// events on the first screen, and writes them into index.html, each top-level node marked
// `data-prerender`. `src/main.rs` removes those nodes in the task that mounts the app.
//
// A small inline script (allowed by its hash in the CSP) drops the prerendered nodes when the
// address has a query: the view it asks for is not the default one drawn here.
//
// Needs playwright-core (e2e/node_modules, installed by `cargo xtask setup`) and Chromium
// (`NEWSLINE_CHROMIUM`, default /usr/bin/chromium); without them it warns and leaves the
// page as trunk built it (the app works the same, only later on screen), unless
// `NEWSLINE_PRERENDER=required` (the Pages workflow) makes that an error.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';

// Capture size; the first screen kept is 1.5 of its height, so a taller window sees no gap.
const VIEWPORT = { width: 1280, height: 900 };
export const GUARD = "if (location.search) for (const n of document.querySelectorAll('[data-prerender]')) n.remove();";
export const GUARD_HASH = `'sha256-${createHash('sha256').update(GUARD).digest('base64')}'`;

/** Returns index.html with the first screen written in, or null when it cannot be drawn. */
export async function prerender(dir, html) {
  const chromium = loadChromium();
  if (!chromium) return null;
  const server = await serve(dir, html);
  const browser = await chromium.launch({ executablePath: process.env.NEWSLINE_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForSelector('main section.timeline', { timeout: 120_000 });
    // The axis and the list settle in the frames after the mount.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    if (errors.length) throw new Error(`prerender: the page failed: ${errors.join('; ')}`);
    const markup = await page.evaluate(firstScreen, VIEWPORT.height * 1.5);
    const written = `${markup}\n    <script>${GUARD}</script>\n  </body>`;
    return html.replace('</body>', () => written);
  } finally {
    await browser.close();
    server.close();
  }
}

/** playwright-core's chromium from e2e/node_modules, or null with a warning. */
function loadChromium() {
  const executable = process.env.NEWSLINE_CHROMIUM ?? '/usr/bin/chromium';
  try {
    const require = createRequire(new URL('../e2e/package.json', import.meta.url));
    if (!existsSync(executable)) throw new Error(`no Chromium at ${executable}`);
    return require('playwright-core').chromium;
  } catch (e) {
    if (process.env.NEWSLINE_PRERENDER === 'required') throw new Error(`prerender: ${e.message}`);
    console.warn(`prerender: skipped, the first screen comes with the wasm (${e.message}; \`cargo xtask setup\` installs what is needed)`);
    return null;
  }
}

/** Serves the staging folder, with `html` as its index, on a free local port. */
function serve(dir, html) {
  const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (path === '/') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    const file = normalize(join(resolve(dir), path));
    if (!file.startsWith(resolve(dir)) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// Runs in the page: the app's top-level nodes as markup, cut to what lies above `limit` px.
function firstScreen(limit) {
  const below = (el) => el.getBoundingClientRect().top + scrollY > limit;
  const cut = [];
  // Events off the first screen (or in a closed band: not on screen either), then the days
  // and the "Show more" they leave behind, then whatever else starts below the first screen.
  for (const event of document.querySelectorAll('section.timeline article.event')) {
    if (below(event) || event.closest('details:not([open])')) cut.push(event);
  }
  for (const day of document.querySelectorAll('section.timeline section.day')) {
    if ([...day.querySelectorAll('article.event')].every((e) => cut.includes(e))) cut.push(day);
  }
  cut.push(...document.querySelectorAll('section.timeline .show-more'));
  for (const part of document.querySelectorAll('main .content > *')) if (below(part)) cut.push(part);
  cut.forEach((el) => el.setAttribute('data-cut', ''));
  const kept = [...document.body.children].filter((n) => !['SCRIPT', 'NOSCRIPT', 'LINK', 'TEMPLATE'].includes(n.tagName));
  const markup = kept.map((node) => {
    const copy = node.cloneNode(true);
    copy.querySelectorAll('[data-cut]').forEach((el) => el.remove());
    // Inline styles set by scripts would be refused by the CSP when parsed from markup.
    copy.querySelectorAll('[style]').forEach((el) => el.removeAttribute('style'));
    copy.removeAttribute('style');
    // A textarea's content is text in markup: the app's comment marker in it would show.
    copy.querySelectorAll('textarea').forEach((area) => area.replaceChildren());
    // The axis drawing is sized to this window's width; the app draws it for the reader's.
    copy.querySelectorAll('svg.axis-drawing').forEach((svg) => svg.replaceChildren());
    copy.setAttribute('data-prerender', '');
    return copy.outerHTML;
  });
  cut.forEach((el) => el.removeAttribute('data-cut'));
  return markup.join('\n');
}
