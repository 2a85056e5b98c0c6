// `npm test`: the whole suite — type-check, lint, unit tests, end-to-end tests in Chromium.
// Works on a fresh machine: installs npm packages and Chromium when they are missing.
import { readFileSync, rmSync } from 'node:fs';
import { ensureChromium, ensureDependencies, run } from './setup.mjs';

ensureDependencies();
ensureChromium();

const results = 'test-results';
rmSync(`${results}/unit.json`, { force: true });
rmSync(`${results}/e2e.json`, { force: true });

const steps = [
  ['Type-check', 'npx tsc --noEmit'],
  ['Lint', 'npx eslint . --max-warnings=0'],
  ['Import rules (layers, domain rooms, no circles)', 'npx depcruise src scripts e2e --config .dependency-cruiser.cjs --output-type err'],
  ['Unit tests', `npx vitest run --reporter=default --reporter=json --outputFile.json=${results}/unit.json`],
  ['End-to-end tests (Chromium)', 'npx playwright test'],
];
let failedStep = null;
for (const [name, command] of steps) {
  console.log(`\n━━ ${name}: ${command}`);
  try {
    run(command);
  } catch {
    failedStep = name;
    break;
  }
}

const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};
const unit = read(`${results}/unit.json`);
const e2e = read(`${results}/e2e.json`);
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
const skipped = (unit?.numPendingTests ?? 0) + (e2e?.stats?.skipped ?? 0);
console.log(`\nunit: ${unit?.numPassedTests ?? 0} passed, ${unit?.numFailedTests ?? 0} failed`);
console.log(`e2e: ${e2e?.stats?.expected ?? 0} passed, ${(e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0)} failed`);
if (failedStep) console.log(`check: stopped at "${failedStep}"`);
console.log(`check: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedStep || failed > 0 || passed === 0 || !unit || !e2e ? 1 : 0);
