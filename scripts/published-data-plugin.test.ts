import { describe, expect, it } from 'vitest';
import { readManifest, type DataFileName } from '../src/domain/publication/manifest';
import { checkFile } from '../src/domain/publication/manifest-files';
import { publishedData } from './published-data-plugin';

type Emitted = { fileName: string; source: string | Uint8Array };

async function build(): Promise<Emitted[]> {
  const emitted: Emitted[] = [];
  const generateBundle = publishedData().generateBundle as unknown as (this: { emitFile: (file: Emitted) => void }) => Promise<void>;
  await generateBundle.call({ emitFile: (file) => void emitted.push(file) });
  return emitted;
}

describe('the built-in data as a published folder', () => {
  it('copies the data files (awards.csv and main-targets.csv too) under stable names with a manifest that verifies them, and nothing else of data/', async () => {
    const emitted = await build();
    expect(emitted.map((f) => f.fileName).sort()).toEqual(['data/areas.csv', 'data/awards.csv', 'data/indicators.csv', 'data/main-targets.csv', 'data/manifest.json', 'data/observations.csv']);
    const read = readManifest(JSON.parse(String(emitted.find((f) => f.fileName === 'data/manifest.json')?.source)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.manifest.publisher).toBe('built-in');
    expect(read.manifest.version).toMatch(/^built-in-[0-9a-f]{12}$/);
    expect(read.manifest.files.map((f) => f.name)).toEqual(['areas.csv', 'indicators.csv', 'observations.csv', 'awards.csv', 'main-targets.csv']);
    for (const entry of read.manifest.files) {
      const bytes = emitted.find((f) => f.fileName === `data/${entry.name}`)?.source as Uint8Array;
      expect(await checkFile(entry, bytes), entry.name).toBeNull();
    }
  });

  it('gives the same data the same version id on every build', async () => {
    const versionOf = async () => (JSON.parse(String((await build()).find((f) => f.fileName === 'data/manifest.json')?.source)) as { version: string; files: { name: DataFileName }[] }).version;
    expect(await versionOf()).toBe(await versionOf());
  });
});
