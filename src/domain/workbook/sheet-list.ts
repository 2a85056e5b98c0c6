/** A sheet as the picker lists it, before its cells are read. */
export interface SheetSummary {
  /** 0-based position in the workbook. */
  index: number;
  /** The name as shown (control characters replaced, length bounded). */
  name: string;
  hidden: boolean;
  /** The used range as the workbook declares it ("A1:F45"), null for an empty sheet. */
  ref: string | null;
  rows: number;
  columns: number;
  /** The first non-empty text of the sheet (the form's title, "BIỂU 01: KẾT QUẢ ... NĂM 2025"), null if none. */
  title: string | null;
}
