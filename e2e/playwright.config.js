// End-to-end tests of the release build (`trunk build --release` → ../dist) in Debian's Chromium.
import { defineConfig } from '@playwright/test';

const chromium = process.env.NEWSLINE_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './tests',
  workers: 1,
  // A slow first load on a busy 2-core CI machine is not a product failure; a retry
  // that passes is still reported as "flaky" in the list.
  retries: 1,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173/',
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      // The machine has no network beyond the registries: keep Chromium from trying.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: [
    {
      command: 'node serve.mjs ../dist 4173',
      url: 'http://127.0.0.1:4173/',
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // The same build under a sub-path, the way GitHub Pages serves a project site.
      command: 'node serve.mjs ../dist 4176 /some/path/',
      url: 'http://127.0.0.1:4176/some/path/',
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // Another origin, serving the repository: the example host page and the embed libraries.
      command: 'node serve.mjs .. 4177',
      url: 'http://127.0.0.1:4177/examples/embed/host.html',
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
