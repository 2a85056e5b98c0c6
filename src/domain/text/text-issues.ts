import { issue, type ParseIssue } from '../issues';
import { FORMULA_TRIGGERS, isFormulaLike } from '../csv/csv-cell';
import { countControlChars, findControlChar, showControlChars, stripControlChars, type ControlChar } from './text-safety';
import { isInvisible } from './invisible-chars';

/**
 * The data boundary's checks of text cells (CSV and JSON uploads, the catalog files):
 * - names, units and ids hold no control character at all: an error (they are matched, shown in
 *   every chart and exported as SVG, where one such character makes the file unreadable), nor an
 *   invisible formatting character (a bidirectional control reverses the report's sentence, a
 *   zero-width one makes names that look the same differ), named with its code point and name;
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
 * U+0020–U+007E, U+00A0–U+D7FF, U+E000–U+FFFD (tab, LF and CR too in free text), no invisible
 * formatting character, and a first character that cannot start a formula. False means only "ask the
 * full checks".
 */
/** The formula triggers as character codes: a cell's first character is checked without making a string of it. */
const TRIGGER_CODES: ReadonlySet<number> = new Set([...FORMULA_TRIGGERS].map((c) => c.charCodeAt(0)));

export function isPlainCell(value: string, lineBreaks: boolean): boolean {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0x20 ? (unit < 0x7f || (((unit >= 0xa0 && unit < 0xd800) || (unit >= 0xe000 && unit <= 0xfffd)) && !isInvisible(unit))) : lineBreaks && (unit === 0x09 || unit === 0x0a || unit === 0x0d)) continue;
    return false;
  }
  return value === '' || !TRIGGER_CODES.has(value.charCodeAt(0));
}

/** Why a character has no place in a name, unit or id, by its kind. */
function forbiddenInName(found: ControlChar): { code: string; vi: string; en: string } {
  const at = { vi: `${found.described} (ký tự thứ ${found.index + 1})`, en: `${found.described} (character ${found.index + 1})` };
  if (found.kind === 'bidi')
    return { code: 'invisible-character', vi: `Ô có ký tự điều khiển hướng chữ ${at.vi}: không nhìn thấy được nhưng đảo chiều chữ và số đứng sau nó trên màn hình và trong báo cáo (năm 2019 hiện thành 9102).`, en: `The cell holds the bidirectional control ${at.en}: it is invisible but reverses the letters and figures after it on screen and in reports (2019 shows as 9102).` };
  if (found.kind === 'invisible')
    return { code: 'invisible-character', vi: `Ô có ký tự vô hình ${at.vi}: không nhìn thấy được nhưng làm hai tên trông giống hệt nhau thành hai tên khác nhau.`, en: `The cell holds the invisible character ${at.en}: it cannot be seen but makes two names that look the same differ.` };
  return { code: 'control-character', vi: `Ô có ký tự điều khiển hoặc ký tự lỗi ${at.vi}: không nhìn thấy được và làm hỏng tệp SVG/PNG xuất ra.`, en: `The cell holds the control or broken character ${at.en}: it is invisible and breaks SVG/PNG exports.` };
}

export function nameTextIssues(value: string, place: CellPlace): ParseIssue[] {
  const found = findControlChar(value);
  if (found) {
    const { code, vi, en } = forbiddenInName(found);
    return [issue('error', code, { ...place, value: showControlChars(value) }, {
      vi: `${vi} Hãy gõ lại ô này cho đúng, không dán kèm ký tự đó.`,
      en: `${en} Retype the cell without it.`,
    })];
  }
  return formulaIssues(value, place);
}

/** The free text as it will be stored, and what was done to it. */
export function cleanFreeText(value: string, place: CellPlace): { text: string; issues: ParseIssue[] } {
  const found = findControlChar(value, 'line-breaks');
  const text = found ? stripControlChars(value).trim() : value;
  const issues = formulaIssues(text, place);
  if (found) {
    const count = countControlChars(value, 'line-breaks');
    const code = found.kind === 'control' ? 'control-character-removed' : 'invisible-character-removed';
    issues.unshift(issue('warning', code, { ...place, value: showControlChars(value, 'line-breaks') }, {
      vi: `Đã bỏ ${count} ký tự điều khiển, ký tự vô hình hoặc ký tự lỗi khỏi ô (đầu tiên: ${found.described}); chỉ giữ tab và xuống dòng. Kiểm tra lại nội dung ô; nếu cần, sửa trong tệp gốc.`,
      en: `Removed ${count} control, invisible or broken character${count === 1 ? '' : 's'} from the cell (first: ${found.described}); only tabs and line breaks are kept. Check the cell; fix the original file if needed.`,
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
