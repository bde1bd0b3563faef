// A tiny static file server for the end-to-end tests: serves DIR on 127.0.0.1:PORT,
// optionally under a sub-path (BASE, e.g. /newsline/), the way a static host would.
// usage: node serve.mjs DIR PORT [BASE] [DIR@BASE...] (each DIR@BASE serves another folder
// under another sub-path of the same origin).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = '../dist', port = '4173', base = '/', ...more] = process.argv.slice(2);
const root = resolve(dir);
// The longest sub-path first, so /some/path/ wins over /.
const mounts = [[base, root], ...more.map((m) => { const at = m.lastIndexOf('@'); return [m.slice(at + 1), resolve(m.slice(0, at))]; })]
  .sort((a, b) => b[0].length - a[0].length);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  const mount = mounts.find(([at]) => path.startsWith(at));
  if (!mount) { res.writeHead(404).end('not found'); return; }
  const [at, dirRoot] = mount;
  let file = normalize(join(dirRoot, path.slice(at.length)));
  if (!file.startsWith(dirRoot)) { res.writeHead(403).end('forbidden'); return; }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
