import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nationalDataset } from '../scripts/national-data.mjs';
import { DATA_FILES, manifestToJson, type DataFileName, type Manifest } from '../src/domain/publication/manifest';
import { buildManifest } from '../src/domain/publication/manifest-files';

/**
 * Publications for the e2e tests of the published data folder: the project's data with one
 * figure changed, so a page that shows it proves where its data came from.
 */
export interface Publication {
  files: Record<DataFileName, Uint8Array>;
  manifest: Manifest;
}

const original = (name: DataFileName) => readFileSync(join('data', name), 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);

/** The province's 2016 budget revenue (TH) set to `budget` tỷ đồng; Tân Uyên renamed when `tanUyen` is given. */
export async function publication(options: { budget: number; tanUyen?: string; published: string }): Promise<Publication> {
  const observations = original('observations.csv').replace(/^lai-chau,2016,budget_revenue,1500,1862,/m, `lai-chau,2016,budget_revenue,1500,${options.budget},`);
  if (!observations.includes(`,1500,${options.budget},`)) throw new Error('the 2016 budget row of data/observations.csv has changed; update e2e/publications.ts');
  const areas = options.tanUyen ? original('areas.csv').replace(/^tan-uyen,Tân Uyên,/m, `tan-uyen,${options.tanUyen},`) : original('areas.csv');
  const files = { 'areas.csv': bytes(areas), 'indicators.csv': bytes(original('indicators.csv')), 'observations.csv': bytes(observations) };
  return { files, manifest: await buildManifest(files, { published: new Date(options.published), publisher: 'Sở Kế hoạch và Đầu tư (e2e)', note: '' }) };
}

/** Writes a publication into the served folder as IT would: the files, then the manifest. */
export function writePublication(folder: string, pub: Publication, change: { manifest?: unknown; files?: Partial<Record<DataFileName, Uint8Array | null>> } = {}) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const name of DATA_FILES) {
    const content = change.files && name in change.files ? change.files[name] : pub.files[name];
    if (content) writeFileSync(join(folder, name), content);
  }
  writeFileSync(join(folder, 'manifest.json'), change.manifest === undefined ? manifestToJson(pub.manifest) : JSON.stringify(change.manifest));
}

/** How the data server answers (e2e/static-server.mjs reads this on every request). */
export function setServerRules(root: string, rules: { cors?: boolean; files?: Record<string, { status?: number; html?: boolean; hang?: boolean }> }) {
  writeFileSync(join(root, '.server-rules.json'), JSON.stringify(rules));
}

/**
 * A copy of the build deployed as docs/deploy.md says: its own config.json
 * naming the data folder, and the data origin added to connect-src in index.html's policy.
 */
export function deployBuild(target: string, dataUrl: string) {
  rmSync(target, { recursive: true, force: true });
  cpSync('dist', target, { recursive: true });
  const origin = new URL(dataUrl).origin;
  const index = join(target, 'index.html');
  const html = readFileSync(index, 'utf8');
  if (!html.includes("connect-src 'self';")) throw new Error("dist/index.html has no \"connect-src 'self';\" to extend");
  writeFileSync(index, html.replace("connect-src 'self';", `connect-src 'self' ${origin};`));
  writeFileSync(join(target, 'config.json'), JSON.stringify({ dataUrl }));
}

export const sha = (data: Uint8Array) => crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>).then((d) => Buffer.from(d).toString('hex'));

/** A national dataset (scripts/national-data.mjs) as a publication: the country, its provinces, their districts or communes; `extraAreas` are catalog lines added at its end. */
export async function nationalPublication(kind: 'districts-140k' | 'communes-1.7m' | 'small', extraAreas: string[] = []): Promise<Publication> {
  const texts = nationalDataset(kind);
  const files = { 'areas.csv': bytes(texts['areas.csv'] + extraAreas.map((line) => `${line}\n`).join('')), 'indicators.csv': bytes(texts['indicators.csv']), 'observations.csv': bytes(texts['observations.csv']) };
  return { files, manifest: await buildManifest(files, { published: new Date('2026-11-28T09:30:00+07:00'), publisher: 'Bộ Kế hoạch và Đầu tư (e2e)', note: '' }) };
}

/** A copy of the build with another published folder beside index.html in place of the built-in data. */
export function deployWithData(target: string, pub: Publication) {
  rmSync(target, { recursive: true, force: true });
  cpSync('dist', target, { recursive: true });
  writePublication(join(target, 'data'), pub);
}
