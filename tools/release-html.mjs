// Trunk post-build hook: makes the release page work under a strict Content-Security-Policy.
//
// Trunk inlines the module script that loads the wasm; a strict policy
// (`script-src 'self' 'wasm-unsafe-eval'`) forbids inline scripts. In release builds this
// moves that script into its own file (named by its content's hash) and puts the policy
// in a <meta> tag at the top of <head>. Then it writes the first screen into the page
// (prerender.mjs). Debug builds are left alone, so `trunk serve` keeps its inline
// live-reload script and draws everything with the wasm.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GUARD_HASH, prerender } from './prerender.mjs';

export const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

if (process.env.TRUNK_PROFILE === 'release') {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('release-html.mjs: TRUNK_STAGING_DIR is not set (run it as a trunk hook)');
  const file = join(dir, 'index.html');
  let html = readFileSync(file, 'utf8');
  const inline = /<script type="module">([\s\S]*?)<\/script>/;
  const found = html.match(inline);
  if (!found) throw new Error(`release-html.mjs: ${file}: no inline module script found`);
  const hash = createHash('sha256').update(found[1]).digest('hex').slice(0, 16);
  const name = `boot-${hash}.js`;
  writeFileSync(join(dir, name), found[1].trim() + '\n');
  html = html.replace(inline, `<script type="module" src="./${name}"></script>`);
  // Right after the charset, before anything that loads.
  const meta = `<meta http-equiv="Content-Security-Policy" content="${POLICY}" />`;
  html = html.includes('<meta charset="utf-8" />')
    ? html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${meta}`)
    : html.replace('<head>', `<head>\n    ${meta}`);
  const drawn = await prerender(dir, html);
  // The prerender's one inline script (it drops the first screen when the address asks for another view).
  if (drawn) html = drawn.replace("script-src 'self' 'wasm-unsafe-eval'", `script-src 'self' 'wasm-unsafe-eval' ${GUARD_HASH}`);
  writeFileSync(file, html);
}
