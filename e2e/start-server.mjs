// Starts serve.mjs for a script and waits until it listens. A port taken by a server left
// over from an earlier run fails here, instead of the script measuring that server's page.
import { spawn } from 'node:child_process';

export function startServer(dir, port) {
  const server = spawn('node', ['serve.mjs', dir, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    server.stdout.on('data', (line) => String(line).includes('serving') && resolve(server));
    server.on('exit', (code) => reject(new Error(`serve.mjs ${dir} on port ${port} exited (${code}): is the port taken?`)));
  });
}
