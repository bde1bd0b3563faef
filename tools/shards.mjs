// Trunk post-build hook: puts the article and quote shards next to the page, when the build made any.
//
// Past a corpus size, build.rs writes the articles' text into `$OUT_DIR/shards-HASH/NNN.bin`
// (named by its content's hash) and embeds only the index; the wasm names that folder. This
// finds the name in the built wasm and copies the folder from cargo's build output into the
// page's folder, so the page fetches `shards-HASH/NNN.bin` from its own origin. A wasm that
// names no folder (the whole corpus embedded) needs nothing.
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('shards.mjs: TRUNK_STAGING_DIR is not set (run it as a trunk hook)');
const wasm = readdirSync(staging).find((name) => name.endsWith('.wasm'));
if (!wasm) throw new Error(`shards.mjs: no .wasm in ${staging}`);
const named = readFileSync(join(staging, wasm)).toString('latin1').match(/shards-[0-9a-f]{16}/);
if (named) {
  const folder = named[0];
  const profile = process.env.TRUNK_PROFILE === 'release' ? 'release' : 'debug';
  const target = process.env.CARGO_TARGET_DIR ?? join(process.env.TRUNK_SOURCE_DIR ?? '.', 'target');
  const build = join(target, 'wasm32-unknown-unknown', profile, 'build');
  const found = readdirSync(build)
    .filter((name) => name.startsWith('newsline-'))
    .map((name) => join(build, name, 'out', folder))
    .find((dir) => existsSync(dir));
  if (!found) throw new Error(`shards.mjs: the wasm names ${folder}, but no ${build}/newsline-*/out/${folder} exists`);
  cpSync(found, join(staging, folder), { recursive: true });
  console.log(`shards.mjs: copied ${readdirSync(found).length} shards to ${folder}/`);
}
