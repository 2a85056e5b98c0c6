import type { Dataset } from '../model';
import { parseDatasetFiles } from '../dataset/dataset-io';
import { DATA_FILES, OPTIONAL_DATA_FILES, optionalTexts, readManifest, type AnyDataFileName, type Manifest } from './manifest';
import { checkFile } from './manifest-files';
import { folderIssue, located, type FolderIssue } from './folder-issues';
import { wideEncodingOf } from '../text/decode';

/** A data folder's files as bytes, by name; a file the folder lacks is absent. */
export type FolderFiles = Partial<Record<string, Uint8Array>>;

export interface FolderCheck {
  /** The folder's manifest when it has a valid one. */
  manifest: Manifest | null;
  /** The dataset as the app would read it, when the three CSVs parse without an error. */
  dataset: Dataset | null;
  issues: FolderIssue[];
}

const decodeUtf8 = (bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};

/** The line (as a text editor counts them) with the first byte that is not UTF-8, and its start. */
function firstInvalidLine(bytes: Uint8Array): { row: number; value: string } {
  const lines = new TextDecoder().decode(bytes).split('\n');
  const index = Math.max(0, lines.findIndex((line) => line.includes('\uFFFD')));
  return { row: index + 1, value: (lines[index] ?? '').replace(/\r$/, '').slice(0, 80) };
}

/** The value a manifest path like "files.0.sha256" points at, as text for a message. */
function valueAt(json: unknown, path: string): string | null {
  const value = path.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), json);
  if (value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value).slice(0, 200);
}

const REPUBLISH = {
  vi: 'Hãy chép lại tệp từ bản công bố (tệp .zip) hoặc công bố lại.',
  en: 'Copy the file again from the publication (the .zip) or publish again.',
};

function readManifestFile(bytes: Uint8Array): { manifest: Manifest | null; issues: FolderIssue[] } {
  const text = decodeUtf8(bytes);
  let json: unknown;
  try {
    if (text === null) throw new Error('not UTF-8');
    json = JSON.parse(text);
  } catch (e) {
    return { manifest: null, issues: [folderIssue('error', 'manifest-invalid-json', 'manifest.json', {}, { vi: `manifest.json không phải JSON hợp lệ (${(e as Error).message}). ${REPUBLISH.vi}`, en: `manifest.json is not valid JSON (${(e as Error).message}). ${REPUBLISH.en}` })] };
  }
  const read = readManifest(json);
  if (read.ok) return { manifest: read.manifest, issues: [] };
  const path = read.problem.split(':')[0] ?? '';
  return { manifest: null, issues: [folderIssue('error', 'manifest-invalid', 'manifest.json', { column: path, value: valueAt(json, path) }, { vi: `manifest.json sai: ${read.problem}. ${REPUBLISH.vi}`, en: `manifest.json is wrong: ${read.problem}. ${REPUBLISH.en}` })] };
}

const FIELD_WORDS = { bytes: { vi: 'kích thước (byte)', en: 'size (bytes)' }, sha256: { vi: 'mã SHA-256', en: 'SHA-256' }, rows: { vi: 'số dòng', en: 'row count' } } as const;

/**
 * Checks a data folder as the app will read it: the manifest valid and matching every file
 * (size, SHA-256, rows), and the three CSVs parsing with no error through parseDatasetFiles —
 * the parser of the app and of every upload. A folder without manifest.json is checked as plain
 * CSVs, with a warning that it is not published yet. Every issue names its file.
 */
export async function checkFolder(files: FolderFiles): Promise<FolderCheck> {
  const issues: FolderIssue[] = [];
  let manifest: Manifest | null = null;
  const manifestBytes = files['manifest.json'];
  if (manifestBytes === undefined)
    issues.push(folderIssue('warning', 'not-published', 'manifest.json', {}, {
      vi: 'Thư mục chưa được công bố: không có manifest.json, các tệp CSV được kiểm tra như tệp thường. Hãy công bố bằng «npm run data -- publish» hoặc nút «Công bố» ở trang Tải lên.',
      en: 'The folder is not published yet: there is no manifest.json, so the CSVs are checked as plain files. Publish with "npm run data -- publish" or the "Publish" button on the Upload page.',
    }));
  else {
    const read = readManifestFile(manifestBytes);
    manifest = read.manifest;
    issues.push(...read.issues);
  }

  const texts: Partial<Record<AnyDataFileName, string>> = {};
  // An optional file (awards.csv, main-targets.csv) is checked when the folder has it or the manifest lists it.
  const optional = OPTIONAL_DATA_FILES.filter((name) => files[name] !== undefined || manifest?.files.some((f) => f.name === name));
  for (const name of [...DATA_FILES, ...optional]) {
    const bytes = files[name];
    if (bytes === undefined) {
      issues.push(folderIssue('error', 'missing-file', name, {}, { vi: `Thiếu tệp ${name}. ${REPUBLISH.vi}`, en: `${name} is missing. ${REPUBLISH.en}` }));
      continue;
    }
    const entry = manifest?.files.find((f) => f.name === name);
    const mismatch = entry ? await checkFile(entry, bytes) : null;
    if (mismatch) {
      const words = FIELD_WORDS[mismatch.field];
      issues.push(folderIssue('error', 'file-mismatch', name, { column: mismatch.field, value: String(mismatch.found) }, {
        vi: `${name} không khớp manifest.json: ${words.vi} là ${mismatch.found}, bản công bố ghi ${mismatch.expected} — tệp đã bị sửa, cắt cụt hoặc thay sau khi công bố. ${REPUBLISH.vi}`,
        en: `${name} does not match manifest.json: its ${words.en} is ${mismatch.found}, the publication says ${mismatch.expected} — the file was edited, truncated or replaced after publishing. ${REPUBLISH.en}`,
      }));
    }
    // UTF-16 and UTF-32 are said by name: ASCII in them is valid UTF-8 (with NULs), which read on as columns gone missing.
    const wide = wideEncodingOf(bytes);
    const text = wide ? null : decodeUtf8(bytes);
    if (wide) {
      const encoding = wide.encoding.toUpperCase().replace(/(LE|BE)$/, ' $1');
      issues.push(folderIssue('error', 'not-utf8', name, { value: encoding }, {
        vi: `${name} được lưu bằng bảng mã ${encoding}, không phải UTF-8. Hãy mở tệp và lưu lại bằng UTF-8 (Excel: Lưu thành → CSV UTF-8; Notepad: Mã hóa UTF-8), hoặc công bố lại.`,
        en: `${name} is saved as ${encoding}, not UTF-8. Open it and save it again as UTF-8 (Excel: Save As → CSV UTF-8; Notepad: Encoding UTF-8), or publish again.`,
      }));
    } else if (text === null)
      issues.push(folderIssue('error', 'not-utf8', name, firstInvalidLine(bytes), {
        vi: `${name} không phải văn bản UTF-8. Hãy lưu lại bằng «CSV UTF-8» (Excel: Lưu thành → CSV UTF-8).`,
        en: `${name} is not UTF-8 text. Save it again as "CSV UTF-8" (Excel: Save As → CSV UTF-8).`,
      }));
    else texts[name] = text;
  }

  const { 'areas.csv': areas, 'indicators.csv': indicators, 'observations.csv': observations } = texts;
  if (areas === undefined || indicators === undefined || observations === undefined) return { manifest, dataset: null, issues };
  const parsed = parseDatasetFiles({ areas, indicators, observations, ...optionalTexts((name) => texts[name]) });
  issues.push(...located(parsed.ok ? parsed.warnings : parsed.issues));
  return { manifest, dataset: parsed.ok ? parsed.data : null, issues };
}
