import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium where Playwright's own browser cannot be downloaded; CHROMIUM_PATH overrides. */
/**
 * E2E_PORT lets two runs share a machine. Unset, each checkout takes its own port from its folder's
 * path (4200–11,900, steps of 200: the specs use E2E_PORT + 100…103 for servers of their own), so two
 * checkouts testing at once never reuse each other's preview server. The specs read the same variable.
 */
/**
 * Ports Chromium refuses to open (its restricted list: 6000 is X11, 6665–6669 IRC, …): a checkout whose
 * path hashed to 6000 failed every test with ERR_UNSAFE_PORT. A slot whose port, or a spec's port beside
 * it, is one of them is skipped for the next.
 */
const UNSAFE_PORTS = new Set([3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080]);
const safeSlot = (slot: number) => [0, 100, 101, 102, 103].every((offset) => !UNSAFE_PORTS.has(4200 + 200 * slot + offset));
function checkoutPort(): number {
  let slot = createHash('sha256').update(import.meta.dirname).digest().readUInt16BE(0) % 39;
  while (!safeSlot(slot)) slot = (slot + 1) % 39;
  return 4200 + 200 * slot;
}
process.env.E2E_PORT ??= String(checkoutPort());
const port = Number(process.env.E2E_PORT);
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Limits catch a hang; they do not measure speed (that is `npm run bench`'s). A journey of 10 s on a
  // quiet machine takes 30 s at a load of 15 on 2 cores, and a chart or an axe pass 5 s: the limits
  // are set for such a machine, and every test waits on a state, never on a clock.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    // Only e2e/offline.spec.ts lets the service worker in: elsewhere it would only add precache traffic.
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1920, height: 1080 } } }],
  webServer: {
    command: `npx vite build && npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
