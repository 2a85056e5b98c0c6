import { zipSync } from 'fflate';
import type { Dataset } from '../../domain/model';
import type { FolderIssue } from '../../domain/publication/folder-issues';
import type { Manifest } from '../../domain/publication/manifest';
import { OPTIONAL_PUBLISHED_FILES, publishDataset, PUBLISHED_FILES, type PublishMeta } from '../../domain/publication/publish';

export type PublishedZip = { ok: true; manifest: Manifest; name: string; bytes: Uint8Array } | { ok: false; issues: FolderIssue[] };

/**
 * The publishable folder as one .zip, its files at the root. Loaded with import() on the first
 * "Công bố", so the zip library is never part of a first visit.
 */
export async function publishZip(dataset: Dataset, meta: PublishMeta): Promise<PublishedZip> {
  const result = await publishDataset(dataset, meta);
  if (!result.ok) return result;
  const { manifest, files } = result.folder;
  const optional = OPTIONAL_PUBLISHED_FILES.flatMap((name) => { const b = files[name]; return b ? [[name, b] as const] : []; });
  const bytes = zipSync(Object.fromEntries([...PUBLISHED_FILES.map((name) => [name, files[name]] as const), ...optional]), { level: 9, mtime: meta.published });
  return { ok: true, manifest, name: `chi-tieu-du-lieu-${manifest.version}.zip`, bytes };
}
