import { issue, type ParseIssue } from './issues';
import { FORMULA_TRIGGERS, isFormulaLike } from './csv-cell';
import { countControlChars, findControlChar, showControlChars, stripControlChars } from './text-safety';

/**
 * The data boundary's checks of text cells (CSV and JSON uploads, the catalog files):
 * - names, units and ids hold no control character at all: an error (they are matched, shown in
 *   every chart and exported as SVG, where one such character makes the file unreadable);
 * - free text (notes, sources) keeps tab, LF and CR; any other control character is removed with a
 *   warning. Removing is safe there: the character is invisible, the words stay, and a note pasted
 *   from Word (vertical tab for a line break) should not block a whole upload;
 * - text a spreadsheet would run as a formula is a warning: the export writes it as text.
 * The value in each message shows the character as [U+0007], since the character itself is invisible.
 */
export interface CellPlace {
  row: number | null;
  column: string;
}

/**
 * A cell that surely has nothing to say, told in one pass without allocating: no character outside
 * U+0020–U+007E, U+00A0–U+D7FF, U+E000–U+FFFD (tab, LF and CR too in free text), and a first character
 * that cannot start a formula. False means only "ask the full checks".
 */
/** The formula triggers as character codes: a cell's first character is checked without making a string of it. */
const TRIGGER_CODES: ReadonlySet<number> = new Set([...FORMULA_TRIGGERS].map((c) => c.charCodeAt(0)));

export function isPlainCell(value: string, lineBreaks: boolean): boolean {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0x20 ? (unit < 0x7f || (unit >= 0xa0 && unit < 0xd800) || (unit >= 0xe000 && unit <= 0xfffd)) : lineBreaks && (unit === 0x09 || unit === 0x0a || unit === 0x0d)) continue;
    return false;
  }
  return value === '' || !TRIGGER_CODES.has(value.charCodeAt(0));
}

export function nameTextIssues(value: string, place: CellPlace): ParseIssue[] {
  const found = findControlChar(value);
  if (found)
    return [issue('error', 'control-character', { ...place, value: showControlChars(value) }, {
      vi: `Ô có ký tự điều khiển hoặc ký tự lỗi ${found.label} (ký tự thứ ${found.index + 1}): không nhìn thấy được và làm hỏng tệp SVG/PNG xuất ra. Hãy gõ lại ô này cho đúng, không dán kèm ký tự đó.`,
      en: `The cell holds the control or broken character ${found.label} (character ${found.index + 1}): it is invisible and breaks SVG/PNG exports. Retype the cell without it.`,
    })];
  return formulaIssues(value, place);
}

/** The free text as it will be stored, and what was done to it. */
export function cleanFreeText(value: string, place: CellPlace): { text: string; issues: ParseIssue[] } {
  const found = findControlChar(value, 'line-breaks');
  const text = found ? stripControlChars(value).trim() : value;
  const issues = formulaIssues(text, place);
  if (found) {
    const count = countControlChars(value, 'line-breaks');
    issues.unshift(issue('warning', 'control-character-removed', { ...place, value: showControlChars(value, 'line-breaks') }, {
      vi: `Đã bỏ ${count} ký tự điều khiển hoặc ký tự lỗi khỏi ô (đầu tiên: ${found.label}); chỉ giữ tab và xuống dòng. Kiểm tra lại nội dung ô; nếu cần, sửa trong tệp gốc.`,
      en: `Removed ${count} control or broken character${count === 1 ? '' : 's'} from the cell (first: ${found.label}); only tabs and line breaks are kept. Check the cell; fix the original file if needed.`,
    }));
  }
  return { text, issues };
}

export function formulaIssues(value: string, place: CellPlace): ParseIssue[] {
  if (!isFormulaLike(value)) return [];
  return [issue('warning', 'formula-cell', { ...place, value }, {
    vi: 'Ô bắt đầu bằng =, +, -, @ như một công thức bảng tính, có thể chạy khi mở tệp xuất bằng Excel. Tệp xuất sẽ ghi ô này dưới dạng văn bản (thêm dấu \' ở đầu); nếu không cố ý, hãy sửa ô thành văn bản thường.',
    en: 'The cell starts with =, +, -, @ like a spreadsheet formula, which could run when an export is opened in Excel. Exports write it as text (with a leading \'); if this is not intended, rewrite it as plain text.',
  })];
}
