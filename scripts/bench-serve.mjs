/** What the browser benchmarks share: a static server for a built site, and the Chromium they launch. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The browser: CHROMIUM_PATH, else Debian's chromium, else (undefined) Playwright's own. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** e2e/static-server.mjs --spa on `root` (port 0: any free port); resolves with its origin and a stop(). */
export function serve(root, port) {
  const child = spawn(process.execPath, ['e2e/static-server.mjs', '--root', root, '--port', String(port), '--spa'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      const ready = /ready (http:\/\/127\.0\.0\.1:\d+)/.exec(String(chunk));
      if (ready) resolve({ origin: ready[1], stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`static server for ${root} exited (${code})`)));
  });
}
