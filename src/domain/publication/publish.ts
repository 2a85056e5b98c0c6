import type { Dataset } from '../model';
import { areasToCsv, awardsToCsv, indicatorsToCsv, mainTargetsToCsv, observationsToCsv } from '../dataset/dataset-export';
import { parseDatasetFiles } from '../dataset/dataset-io';
import { manifestToJson, OPTIONAL_DATA_FILES, optionalTexts, type AnyDataFileName, type Manifest } from './manifest';
import { buildManifest, type DataFiles } from './manifest-files';
import { folderIssue, located, type FolderIssue } from './folder-issues';

/**
 * Publishing: a dataset becomes the folder the built app reads at run time — the three canonical
 * CSVs and a manifest built from exactly those bytes. The browser's "Công bố" and the CLI's
 * `publish` both call this, so a folder is the same whichever way it was made.
 */
export const PUBLISHED_FILES = ['manifest.json', 'areas.csv', 'indicators.csv', 'observations.csv'] as const;
export type PublishedFileName = (typeof PUBLISHED_FILES)[number];
/** Written only when the dataset has them: a dataset without awards or main-target lists publishes the folder it always did. */
export const OPTIONAL_PUBLISHED_FILES = OPTIONAL_DATA_FILES;

export interface PublishMeta {
  publisher: string;
  note: string;
  published: Date;
}

export interface PublishedFolder {
  manifest: Manifest;
  files: Record<PublishedFileName, Uint8Array> & Partial<Record<(typeof OPTIONAL_PUBLISHED_FILES)[number], Uint8Array>>;
}

export type PublishResult = { ok: true; folder: PublishedFolder } | { ok: false; issues: FolderIssue[] };

/** The canonical bytes of each data file: UTF-8 without BOM, comma-delimited, LF, dot decimals; awards.csv and main-targets.csv when the dataset has their rows. */
export function canonicalFiles(dataset: Dataset): DataFiles {
  const encode = (text: string) => new TextEncoder().encode(text);
  return {
    'areas.csv': encode(areasToCsv(dataset.areas)),
    'indicators.csv': encode(indicatorsToCsv(dataset.indicators)),
    'observations.csv': encode(observationsToCsv(dataset.observations)),
    ...(dataset.awards && dataset.awards.length > 0 ? { 'awards.csv': encode(awardsToCsv(dataset.awards)) } : {}),
    ...(dataset.mainTargets && dataset.mainTargets.length > 0 ? { 'main-targets.csv': encode(mainTargetsToCsv(dataset.mainTargets)) } : {}),
  };
}

const META_LIMITS = { publisher: 200, note: 2000 } as const;

/**
 * Builds the publishable folder. Refuses, with located issues, what the manifest cannot carry
 * (a publisher or note too long) and files the app's own parser would not read back without an
 * error (e.g. a figure whose canonical text is ambiguous), so nothing unreadable is ever published.
 */
export async function publishDataset(dataset: Dataset, meta: PublishMeta): Promise<PublishResult> {
  const metaIssues = (['publisher', 'note'] as const).flatMap((field) => {
    const value = meta[field];
    if (value.length <= META_LIMITS[field]) return [];
    const limit = META_LIMITS[field];
    return [folderIssue('error', 'manifest-field-too-long', 'manifest.json', { column: field, value: `${value.slice(0, 40)}…` }, {
      vi: `"${field}" dài ${value.length} ký tự, quá giới hạn ${limit}. Hãy rút gọn còn tối đa ${limit} ký tự.`,
      en: `"${field}" is ${value.length} characters, over the limit of ${limit}. Shorten it to at most ${limit} characters.`,
    })];
  });
  if (metaIssues.length > 0) return { ok: false, issues: metaIssues };
  const data = canonicalFiles(dataset);
  const decode = (name: AnyDataFileName) => new TextDecoder().decode(data[name]);
  const reread = parseDatasetFiles({ areas: decode('areas.csv'), indicators: decode('indicators.csv'), observations: decode('observations.csv'), ...optionalTexts((name) => (data[name] ? decode(name) : undefined)) });
  if (!reread.ok) return { ok: false, issues: located(reread.issues).filter((i) => i.severity === 'error') };
  const manifest = await buildManifest(data, { published: meta.published, publisher: meta.publisher.trim(), note: meta.note.trim() });
  return { ok: true, folder: { manifest, files: { 'manifest.json': new TextEncoder().encode(manifestToJson(manifest)), ...data } } };
}
