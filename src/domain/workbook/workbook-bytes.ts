import { unzipSync, type UnzipFileInfo } from 'fflate';

/**
 * Telling an office workbook by its bytes, before any parsing: a zip ("PK\x03\x04") holding an
 * Excel workbook (an xl/ part: .xlsx, .xlsm) or an OpenDocument one (content.xml: .ods), or an OLE2
 * compound file ("D0 CF 11 E0": .xls, which a .doc shares, so the name must say .xls too).
 */
export type WorkbookKind = 'xlsx' | 'ods' | 'xls';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

export const isZipBytes = (bytes: Uint8Array): boolean => startsWith(bytes, ZIP_MAGIC);
/** An OLE2 compound file: an .xls, or a .doc or .msg, which only reading it tells apart. */
export const isOle2Bytes = (bytes: Uint8Array): boolean => startsWith(bytes, OLE2_MAGIC);

/**
 * The zip's directory, read without inflating anything: each part's name, zipped and declared
 * unzipped size. Null when the bytes are no zip fflate can read.
 */
export function zipDirectory(bytes: Uint8Array): UnzipFileInfo[] | null {
  if (!isZipBytes(bytes)) return null;
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, size: file.size, originalSize: file.originalSize, compression: file.compression });
        return false;
      },
    });
  } catch {
    return null;
  }
  return entries;
}

/** The kind of workbook the bytes are, or null for any other file (a CSV, a .docx, an image). */
export function workbookKind(bytes: Uint8Array, fileName = ''): WorkbookKind | null {
  if (isOle2Bytes(bytes)) return /\.xl[st]$/i.test(fileName.trim()) ? 'xls' : null;
  const entries = zipDirectory(bytes);
  if (!entries) return null;
  if (entries.some((e) => e.name.startsWith('xl/'))) return 'xlsx';
  if (entries.some((e) => e.name === 'content.xml')) return 'ods';
  return null;
}

/** Whether the upload should go to the workbook reader rather than the text (CSV, JSON) one. */
export const isWorkbookBytes = (bytes: Uint8Array, fileName = ''): boolean => workbookKind(bytes, fileName) !== null;
