// Installs what the project needs on a fresh machine: npm packages from the lockfile, and
// Chromium for the end-to-end tests (Debian's package; Playwright cannot download browsers here).
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export const run = (command, options = {}) => execSync(command, { stdio: 'inherit', ...options });

export function ensureDependencies() {
  const marker = 'node_modules/.package-lock.json';
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs) return;
  console.log('› Installing npm packages from package-lock.json (npm ci)…');
  run('npm ci --no-audit --no-fund');
}

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(candidate)) return candidate;
  return null;
}

export function ensureChromium() {
  if (chromiumPath()) return;
  console.log("› Chromium is missing: installing Debian's chromium package…");
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  try {
    run(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium`);
  } catch {
    console.error('Could not install Chromium. Install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.');
    process.exit(1);
  }
}
