// End-to-end tests of the release build (`trunk build --release` → ../dist) in Debian's Chromium.
import { defineConfig } from '@playwright/test';
import { port, subPathPort, hostPort, pageURL, subPathURL, hostURL } from './tests/ports.js';

const chromium = process.env.NEWSLINE_CHROMIUM ?? '/usr/bin/chromium';
// Mounting the build under /some/path/ on a server that has another folder at / (e2e/serve.mjs).
const subPath = ' / ../dist@/some/path/';

export default defineConfig({
  testDir: './tests',
  workers: 1,
  // A slow first load on a busy 2-core CI machine is not a product failure; a retry
  // that passes is still reported as "flaky" in the list.
  retries: 1,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: pageURL,
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
      command: `node serve.mjs ../dist ${port}${subPathPort === port ? subPath : ''}`,
      url: pageURL,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    // The same build under a sub-path, the way GitHub Pages serves a project site (on another
    // port, or mounted on one of the other servers: ports.js).
    ...([port, hostPort].includes(subPathPort) ? [] : [{
      command: `node serve.mjs ../dist ${subPathPort} /some/path/`,
      url: subPathURL,
      reuseExistingServer: false,
      timeout: 20_000,
    }]),
    {
      // Another origin, serving the repository: the example host page and the embed libraries.
      command: `node serve.mjs .. ${hostPort}${subPathPort === hostPort && subPathPort !== port ? subPath : ''}`,
      url: `${hostURL}examples/embed/host.html`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
