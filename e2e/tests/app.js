// `test` for the specs of the app's behaviour: after each navigation of `page` it waits until
// the app has mounted. The release page shows a first screen drawn at build time
// (tools/prerender.mjs) before that, with the app's markup; a one-shot read of the DOM would
// otherwise read it. prerender.spec.js tests that first screen itself, with the plain `test`.
import { test as base, expect } from '@playwright/test';

export { expect };

// The app removes the prerendered nodes when it mounts (so does the page itself when the
// address has a query: then, as on any other page, there is nothing to wait for here).
const mounted = () => !document.querySelector('[data-prerender]');

export const test = base.extend({
  page: async ({ page }, use) => {
    for (const name of ['goto', 'reload', 'goBack', 'goForward']) {
      const navigate = page[name].bind(page);
      page[name] = async (...args) => {
        const response = await navigate(...args);
        await page.waitForFunction(mounted, null, { timeout: 30_000 });
        return response;
      };
    }
    await use(page);
  },
});
