/**
 * Rows of an office table that are not data: a total ("Tổng cộng", "Toàn tỉnh", "Cộng") and what
 * follows the table (footnotes, sources, signatures, a lone name, empty rows). Recognised by their
 * words alone, any case, with or without diacritics; the CSV upload and the workbook reader both use them.
 */
import { foldText } from './text-key';

const TOTAL = /^(?:tong cong|tong so|tong|cong|toan tinh|toan huyen|toan xa|ca tinh|total|grand total|sum)(?: (?:toan tinh|toan huyen|ca tinh|chung|cong))?$/;

/** A unit cell that is a total, not a unit: "Tổng cộng", "TỔNG SỐ", "Toàn tỉnh", "Cộng", "Tong cong:". */
export function isTotalRowLabel(cell: string): boolean {
  const trimmed = cell.trim();
  if (trimmed === '' || trimmed.length > 40) return false;
  return TOTAL.test(foldText(trimmed.replace(/[:*]+$/, '')));
}

const NOTE_START = /^(?:ghi chu|chu thich|chu y|nguon(?: so lieu)?|source|sources|note|notes)\b/;
const SIGNATURE = /^(?:nguoi lap(?: bieu)?|nguoi ghi|thu truong(?: don vi| co quan)?|ke toan(?: truong)?|giam doc|pho giam doc|chu tich|pho chu tich|truong phong|tm ubnd|t m ubnd|kt chu tich|ky ten|ky ghi ro ho ten|da ky|prepared by|approved by|head of unit)\b/;
/** "Lai Châu, ngày 15 tháng 01 năm 2026": the place and date above the signatures. */
const DATED = /\bngay \S+ thang \S+ nam \S+$/;
/** A person's name on its own: two to five words, each capitalised, letters only. */
const LONE_NAME = /^(?:\p{Lu}[\p{Ll}\p{M}]*\.?)(?:\s+\p{Lu}[\p{Ll}\p{M}]*\.?){1,4}$/u;

/**
 * A row of what follows a table: empty, a footnote ("Ghi chú: …", "* …", "(*) …", "Nguồn: …"), a
 * signature line ("Người lập biểu", "Thủ trưởng đơn vị", "(Ký, ghi rõ họ tên)"), the place and date,
 * or a lone name. Whether it is at the end of the file is the caller's to judge.
 */
export function isFootnoteRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length === 0) return true;
  const first = filled[0]!;
  if (/^(?:\*|\(\*+\)|\(\d\)\s)/.test(first)) return true;
  const folded = filled.map((c) => foldText(c));
  if (NOTE_START.test(folded[0]!) && (/[:：]/.test(first) || filled.length === 1)) return true;
  if (folded.every((f) => SIGNATURE.test(f) || DATED.test(f))) return true;
  return filled.length === 1 && LONE_NAME.test(first);
}
