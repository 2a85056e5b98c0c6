/**
 * Before the browser starts: the national datasets generated and published with the project's own code
 * (cached by what they depend on), the app built once, and a site per deployment to serve.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { log, seconds } from './log.mjs';

const CACHE = 'node_modules/.cache/bench-browser';

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).sort().flatMap((name) => filesUnder(join(path, name)));
}

function dataKey() {
  const hash = createHash('sha256');
  for (const file of ['scripts/national-data.mjs', 'data/indicators.csv', 'scripts/data-cli.ts', 'src/domain/dataset/dataset-io.ts', ...filesUnder('src/domain/publication')]) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** The published folder of a national dataset of that kind, remade only when its key changed (or `regenerate`). */
export function prepareDataset(kind, regenerate) {
  const out = join(CACHE, 'datasets', kind);
  const stamp = join(out, '.bench-key');
  const key = dataKey();
  if (!regenerate && existsSync(stamp) && readFileSync(stamp, 'utf8') === key && existsSync(join(out, 'manifest.json'))) {
    log(`${kind}: reusing the published folder ${out}`);
    return out;
  }
  const src = `${out}-src`;
  let started = performance.now();
  rmSync(src, { recursive: true, force: true });
  execFileSync(process.execPath, ['scripts/national-data.mjs', kind, src], { stdio: 'inherit' });
  log(`${kind}: generated in ${seconds(started)}`);
  started = performance.now();
  rmSync(out, { recursive: true, force: true });
  execFileSync('npm', ['run', '-s', 'data', '--', 'publish', src, out, '--publisher', 'bench'], { stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
  log(`${kind}: published in ${seconds(started)} (npm run data -- publish)`);
  writeFileSync(stamp, key);
  return out;
}

/** One `vite build`, copied to a site per dataset (a national one with its published folder as data/); returns the build. */
export function buildSites(datasets) {
  const app = join(CACHE, 'app');
  const started = performance.now();
  execFileSync('npx', ['vite', 'build', '--outDir', app, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
  log(`app built in ${seconds(started)}`);
  for (const dataset of datasets) {
    const site = join(CACHE, `site-${dataset.name}`);
    rmSync(site, { recursive: true, force: true });
    cpSync(app, site, { recursive: true });
    if (dataset.kind) {
      rmSync(join(site, 'data'), { recursive: true, force: true });
      mkdirSync(join(site, 'data'));
      for (const name of ['areas.csv', 'indicators.csv', 'observations.csv', 'manifest.json']) cpSync(join(dataset.folder, name), join(site, 'data', name));
    }
    dataset.site = site;
  }
  return app;
}

/** index.html's own module graph (its module script and modulepreloads), gzip bytes. */
export function entryGraphGzip(app) {
  const html = readFileSync(join(app, 'index.html'), 'utf8');
  const paths = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g), ...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  return { gzip: paths.reduce((sum, path) => sum + gzipSync(readFileSync(join(app, path))).length, 0), files: paths.length };
}
