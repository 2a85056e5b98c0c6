import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DATA_FILES, manifestToJson, sha256Hex, type DataFileName, type Manifest } from '../src/domain/publication/manifest.ts';
import { buildManifest } from '../src/domain/publication/manifest-files.ts';

/**
 * The built-in data as a published folder: dist/data/ holds data/areas.csv, indicators.csv and
 * observations.csv as plain files with stable names (not hashed imports) and a manifest.json
 * over their bytes, so the built app reads its data at run time the way it reads any published
 * folder, and IT can replace the folder without a rebuild. Only these three files are copied
 * (never data/bad-inputs/ or data/README.md). `npm run dev` serves the same manifest.
 */
export function publishedData(dataDir = 'data'): Plugin {
  const read = () => Object.fromEntries(DATA_FILES.map((name) => [name, new Uint8Array(readFileSync(resolve(dataDir, name)))])) as Record<DataFileName, Uint8Array>;
  return {
    name: 'chi-tieu-published-data',
    async generateBundle() {
      const files = read();
      for (const name of DATA_FILES) this.emitFile({ type: 'asset', fileName: `data/${name}`, source: files[name] });
      this.emitFile({ type: 'asset', fileName: 'data/manifest.json', source: manifestToJson(await builtInManifest(files, dataDir)) });
    },
    configureServer(server) {
      server.middlewares.use('/data/manifest.json', (_req, res, next) => {
        builtInManifest(read(), dataDir).then((manifest) => {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(manifestToJson(manifest));
        }, next);
      });
    },
  };
}

/**
 * The built-in publication: publisher "built-in", a version id from the files' checksums (the
 * same data gives the same id on every build), dated by the last commit that changed the files
 * (SOURCE_DATE_EPOCH wins; without git, the files' newest modification time).
 */
export async function builtInManifest(files: Record<DataFileName, Uint8Array>, dataDir: string): Promise<Manifest> {
  const manifest = await buildManifest(files, { published: dataDate(dataDir), publisher: 'built-in', note: 'The data built into this version of Chỉ Tiêu (data/ of its source).' });
  const combined = await sha256Hex(new TextEncoder().encode(manifest.files.map((f) => f.sha256).join('\n')));
  return { ...manifest, version: `built-in-${combined.slice(0, 12)}` };
}

function dataDate(dataDir: string): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  if (Number.isFinite(epoch) && epoch > 0) return new Date(epoch * 1000);
  const paths = DATA_FILES.map((name) => resolve(dataDir, name));
  try {
    const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', ...paths], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (iso) return new Date(iso);
  } catch {
    // Not a git checkout: fall through to the files' dates.
  }
  return new Date(Math.max(...paths.map((path) => statSync(path).mtimeMs)));
}
