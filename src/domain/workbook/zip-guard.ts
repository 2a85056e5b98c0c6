import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { issue, type ParseIssue } from '../issues';
import { LIMITS } from '../limits';
import { uploadSizeIssue } from '../validation/upload-limits';
import { WORKBOOK_MESSAGES } from './workbook-messages';
import { isZipBytes, zipDirectory } from './workbook-bytes';

/** Below this much unzipped, the ratio is not asked: a small file of one repeated cell may compress very well. */
const RATIO_FLOOR_BYTES = 8 * 1024 * 1024;

export type ZipLimits = Record<'workbookUnzippedBytes' | 'workbookPartBytes' | 'workbookZipRatio', number>;

/**
 * The checks a workbook passes before a byte of it is inflated: the upload's size, then, for a zip
 * (.xlsx, .xlsm, .ods), every part's declared unzipped size, their total and the ratio to the file's
 * size, all read from the zip's central directory. A part that inflates past what it declares is
 * caught while it inflates (`checkInflatedSizes`). An .xls (OLE2) is not zipped: its size alone is
 * checked here, its cells by the sheet's dimension.
 */
export function zipIssues(bytes: Uint8Array, fileName: string, limits: ZipLimits = LIMITS): ParseIssue[] {
  const size = uploadSizeIssue(bytes.length, fileName);
  if (size) return [size];
  if (!isZipBytes(bytes)) return [];
  const entries = zipDirectory(bytes);
  if (!entries) return [issue('error', 'workbook-unreadable', { value: fileName }, WORKBOOK_MESSAGES.notAWorkbook(fileName))];
  const largest = entries.reduce((a, b) => (b.originalSize > a.originalSize ? b : a), entries[0] ?? { name: '', originalSize: 0 });
  if (largest.originalSize > limits.workbookPartBytes)
    return [issue('error', 'workbook-part-too-large', { column: largest.name, value: String(largest.originalSize) }, WORKBOOK_MESSAGES.partTooLarge(fileName, largest.name, largest.originalSize))];
  const total = entries.reduce((sum, e) => sum + e.originalSize, 0);
  if (total > limits.workbookUnzippedBytes)
    return [issue('error', 'workbook-unzipped-too-large', { value: String(total) }, WORKBOOK_MESSAGES.unzippedTooLarge(fileName, total))];
  if (total > RATIO_FLOOR_BYTES && total / bytes.length > limits.workbookZipRatio)
    return [issue('error', 'workbook-zip-ratio', { value: String(Math.round(total / bytes.length)) }, WORKBOOK_MESSAGES.zipRatio(fileName, bytes.length, total))];
  const lied = inflatedSizeIssue(bytes, fileName, new Map(entries.map((e) => [e.name, e.originalSize])), limits);
  return lied ? [lied] : [];
}

/** Zipped bytes fed to the inflater at a time: a part never yields more than about a thousand times this at once. */
const STEP = 16 * 1024;

/**
 * Every part inflated once, a step at a time, its output counted and thrown away: stopped at the first
 * part that yields more than its directory declared (or than the limits). SheetJS trusts the sizes a
 * part's own header gives and grows its buffer past them; a forged file that declares little and
 * inflates to gigabytes stops here, having held no more than a step's output.
 */
export function inflatedSizeIssue(bytes: Uint8Array, fileName: string, declared: ReadonlyMap<string, number>, limits: ZipLimits = LIMITS): ParseIssue | null {
  let found: ParseIssue | null = null;
  let total = 0;
  const refuse = (part: string, size: number) => {
    found ??= issue('error', 'workbook-part-lied', { column: part, value: String(size) }, WORKBOOK_MESSAGES.partLied(fileName, part, size));
  };
  try {
    const unzip = new Unzip((file) => {
      const bound = Math.min(declared.get(file.name) ?? 0, limits.workbookPartBytes);
      let seen = 0;
      file.ondata = (error, chunk) => {
        if (found) return;
        if (error) throw error;
        seen += chunk.length;
        total += chunk.length;
        if (seen > bound || total > limits.workbookUnzippedBytes) {
          refuse(file.name, declared.get(file.name) ?? 0);
          file.terminate();
        }
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    unzip.register(UnzipPassThrough);
    for (let at = 0; at < bytes.length && !found; at += STEP) unzip.push(bytes.subarray(at, at + STEP), at + STEP >= bytes.length);
  } catch {
    return found ?? issue('error', 'workbook-unreadable', { value: fileName }, WORKBOOK_MESSAGES.notAWorkbook(fileName));
  }
  return found;
}
