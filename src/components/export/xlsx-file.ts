import { sheetSpec, type SheetSpec, type SheetTable, type SpecCell } from '../../domain/spreadsheet/sheet-spec';
import { downloadBlob } from '../../lib/state/download';
import { ExportRefused } from './export-failure';
import type { Cell, SheetData } from 'write-excel-file/browser';

/** The writer's cell for ours: text is typed String, so a text starting with = + - @ is never a formula. */
function writerCell(cell: SpecCell): Cell {
  if (cell === null) return null;
  if (cell.type === 'number') return { type: Number, value: cell.value, format: cell.format, ...(cell.bold ? { fontWeight: 'bold' } : {}) };
  return {
    type: String,
    value: cell.value,
    ...(cell.bold ? { fontWeight: 'bold' } : {}),
    ...(cell.wrap ? { wrap: true, alignVertical: 'top' } : {}),
    ...(cell.align ? { align: cell.align, alignVertical: 'center' } : {}),
    ...(cell.columnSpan && cell.columnSpan > 1 ? { columnSpan: cell.columnSpan } : {}),
    ...(cell.rowSpan && cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
  };
}

const sheetData = (spec: SheetSpec): SheetData => spec.rows.map((row) => row.map(writerCell));

/**
 * The sheets as an .xlsx file. The writer (write-excel-file) is loaded here, on the click, never
 * with the first visit's scripts.
 */
export async function xlsxBlob(specs: readonly SheetSpec[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  return writeXlsxFile(
    specs.map((spec) => ({ data: sheetData(spec), sheet: spec.name, columns: spec.widths.map((width) => ({ width })), stickyRowsCount: spec.frozenRows, ...(spec.frozenColumns ? { stickyColumnsCount: spec.frozenColumns } : {}) })),
    { fontFamily: 'Arial', fontSize: 11 },
  ).toBlob();
}

/** The sheets of these tables, or ExportRefused with the first table's reason it cannot be one. */
export function sheetSpecs(tables: readonly SheetTable[]): SheetSpec[] {
  return tables.map((table) => {
    const spec = sheetSpec(table);
    if (!spec.ok) throw new ExportRefused(spec.issues[0]!.message);
    return spec.data;
  });
}

/** Downloads tables as one .xlsx, a sheet each (names made unique), the writer loaded on the click. */
export async function downloadXlsx(fileName: string, tables: readonly SheetTable[]): Promise<void> {
  downloadBlob(fileName, await xlsxBlob(uniqueNames(sheetSpecs(tables))));
}

/** Excel refuses two sheets of one name (compared without case): the second becomes "… (2)", within 31 characters. */
export function uniqueNames(specs: readonly SheetSpec[]): SheetSpec[] {
  const taken = new Set<string>();
  return specs.map((spec) => {
    let name = spec.name;
    for (let n = 2; taken.has(name.toLocaleLowerCase('vi')); n++) name = `${spec.name.slice(0, 31 - ` (${n})`.length)} (${n})`;
    taken.add(name.toLocaleLowerCase('vi'));
    return { ...spec, name };
  });
}
