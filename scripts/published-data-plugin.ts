import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DATA_FILES, manifestToJson, OPTIONAL_DATA_FILES, sha256Hex, type Manifest } from '../src/domain/publication/manifest.ts';
import { buildManifest, type DataFiles } from '../src/domain/publication/manifest-files.ts';

/**
 * The built-in data as a published folder: dist/data/ holds data/areas.csv, indicators.csv and
 * observations.csv (and awards.csv, main-targets.csv when data/ has them) as plain files with stable names (not hashed imports) and a manifest.json
 * over their bytes, so the built app reads its data at run time the way it reads any published
 * folder, and IT can replace the folder without a rebuild. Only these files are copied
 * (never data/bad-inputs/ or data/README.md). `npm run dev` serves the same manifest.
 */
export function publishedData(dataDir = 'data'): Plugin {
  // The optional files (awards.csv, main-targets.csv) only when data/ has them.
  const present = () => [...DATA_FILES, ...OPTIONAL_DATA_FILES.filter((name) => existsSync(resolve(dataDir, name)))];
  const read = () => Object.fromEntries(present().map((name) => [name, new Uint8Array(readFileSync(resolve(dataDir, name)))])) as DataFiles;
  return {
    name: 'chi-tieu-published-data',
    async generateBundle() {
      const files = read();
      for (const [name, source] of Object.entries(files)) if (source) this.emitFile({ type: 'asset', fileName: `data/${name}`, source });
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
export async function builtInManifest(files: DataFiles, dataDir: string): Promise<Manifest> {
  const manifest = await buildManifest(files, { published: dataDate(dataDir), publisher: 'built-in', note: 'The data built into this version of Chỉ Tiêu (data/ of its source).' });
  const combined = await sha256Hex(new TextEncoder().encode(manifest.files.map((f) => f.sha256).join('\n')));
  return { ...manifest, version: `built-in-${combined.slice(0, 12)}` };
}

function dataDate(dataDir: string): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  if (Number.isFinite(epoch) && epoch > 0) return new Date(epoch * 1000);
  const paths = [...DATA_FILES, ...OPTIONAL_DATA_FILES].map((name) => resolve(dataDir, name)).filter((path) => existsSync(path));
  try {
    const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', ...paths], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (iso) return new Date(iso);
  } catch {
    // Not a git checkout: fall through to the files' dates.
  }
  return new Date(Math.max(...paths.map((path) => statSync(path).mtimeMs)));
}
