import type { SheetSpec, SpecCell } from '../../domain/spreadsheet/sheet-spec';
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
    specs.map((spec) => ({ data: sheetData(spec), sheet: spec.name, columns: spec.widths.map((width) => ({ width })), stickyRowsCount: spec.frozenRows })),
    { fontFamily: 'Arial', fontSize: 11 },
  ).toBlob();
}
