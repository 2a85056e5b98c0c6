import { defaultSheets, type UploadFile, type UploadPart } from '../../domain/upload/analyze-parts';
import type { UploadOptions } from '../../domain/upload/upload-options';
import { isWorkbookBytes } from '../../domain/workbook/workbook-bytes';
import { listSheets, readWorkbook } from './read-workbook';

/** A file as the analysis takes it: a workbook's chosen sheets read into grids (SheetJS loaded then), any other file as bytes. */
export async function partOf(file: UploadFile, options: UploadOptions): Promise<UploadPart> {
  if (!isWorkbookBytes(file.bytes, file.name)) return { kind: 'text', file: file.name, bytes: file.bytes };
  const listed = await listSheets(file.bytes, { fileName: file.name });
  if (!listed.ok) return { kind: 'workbook', file: file.name, sheets: [], grids: [], issues: listed.issues };
  const sheets = options.sheets?.[file.name] ?? defaultSheets(listed.data);
  const read = await readWorkbook(file.bytes, { fileName: file.name, sheets });
  if (!read.ok) return { kind: 'workbook', file: file.name, sheets: listed.data, grids: [], issues: read.issues };
  return { kind: 'workbook', file: file.name, sheets: listed.data, grids: read.data.sheets, issues: [...listed.warnings, ...read.warnings] };
}
