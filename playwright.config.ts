import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium where Playwright's own browser cannot be downloaded; CHROMIUM_PATH overrides. */
/**
 * E2E_PORT lets two runs share a machine. Unset, each checkout takes its own port from its folder's
 * path (4200–11,900, steps of 200: the specs use E2E_PORT + 100…103 for servers of their own), so two
 * checkouts testing at once never reuse each other's preview server. The specs read the same variable.
 */
const checkoutPort = () => 4200 + 200 * (createHash('sha256').update(import.meta.dirname).digest().readUInt16BE(0) % 39);
process.env.E2E_PORT ??= String(checkoutPort());
const port = Number(process.env.E2E_PORT);
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
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
