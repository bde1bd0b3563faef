// Memory across filter changes (issue 11): toggling filters must not grow the wasm memory
// for good. Each redraw of the list used to keep ~100 bytes per event (BENCHMARKS.md,
// "Memory across filter changes"); 300 toggles then needed about a third more memory than 30.
// The wasm memory never shrinks, so "no leak" is: it stops growing once the page has warmed up.
import { test, expect } from './app.js';
import { wasmMemoryProbe, toggleFilters } from './leak-probe.js';

test('wasm memory after 300 filter toggles stays within 10 % of after 30', async ({ page }) => {
  test.setTimeout(60_000);
  await page.addInitScript(wasmMemoryProbe);
  await page.goto('/');
  await page.waitForFunction(() => window.newslineWasmMemory && document.querySelector('input[name="outlet"]'));
  const memory = () => page.evaluate(() => window.newslineWasmMemory.buffer.byteLength);

  await page.evaluate(toggleFilters, { from: 0, to: 30 });
  const warm = await memory();
  await page.evaluate(toggleFilters, { from: 30, to: 300 });
  const after = await memory();

  // The page still works after all that: three toggles per round end on "Clear filters".
  await expect(page.locator('.filter-summary')).toContainText('Showing all');
  expect(after, `wasm memory ${warm} bytes after 30 toggles, ${after} after 300`).toBeLessThanOrEqual(1.1 * warm);
});
