// The corpus as the extractor exports it, so the tests compare the page with the
// extraction instead of typing expected facts in by hand.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
let cached;

export function exportedCorpus() {
  cached ??= JSON.parse(
    execFileSync('cargo', ['run', '-q', '-p', 'newsline-extract', '--bin', 'newsline', '--', 'export', 'seeds'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  return cached;
}

// The list's shown events: it keeps some events the filters leave out, hidden (`hidden`,
// so neither seen, nor in the accessibility tree, nor found in the page).
export const SHOWN_EVENTS = 'article[data-event]:not([hidden])';

// Fails the test on any console error or uncaught exception in the page.
export function watchConsole(page) {
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('response', (res) => { if (res.status() >= 400) errors.push(`${res.status()} ${res.url()}`); });
  return errors;
}
