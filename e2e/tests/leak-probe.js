// Shared by leak.spec.js and bench-leak.mjs: both run these in the page.

// An init script: keeps the wasm instance's memory when trunk's loader announces the app
// (its `TrunkApplicationStarted` event carries the instance's exports), so no app code is
// needed to read it.
export function wasmMemoryProbe() {
  addEventListener('TrunkApplicationStarted', (event) => {
    window.newslineWasmMemory = event.detail.wasm.memory;
  });
}

// Runs toggles number `from` to `to` (exclusive): an outlet checkbox, an actor checkbox and
// "Clear filters" clicked in turn, a frame awaited after each so the page has redrawn. A
// folded facet (the actors) draws its choices when first opened: it is opened first.
export async function toggleFilters({ from, to }) {
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  for (const fold of document.querySelectorAll('details.facet-fold:not([open])')) {
    fold.open = true;
    await frame();
  }
  const outlet = document.querySelector('input[name="outlet"]');
  const actor = document.querySelector('input[name="actor"]');
  const clear = document.querySelector('button.clear');
  for (let i = from; i < to; i++) {
    [outlet, actor, clear][i % 3].click();
    await frame();
  }
}
