import { formatNumber, type Language } from '../numbers/format';
import type { Localized } from '../issues';
import { LIMITS } from '../limits';

const MIB = 1024 * 1024;
const count = (value: number, language: Language) => formatNumber(value, language);
const megabytes = (bytes: number, language: Language) => `${formatNumber(bytes / MIB, language, 1)} MB`;
const named = (fileName: string) => (fileName ? ` "${fileName}"` : '');

/**
 * What a workbook refused before it is read is told: the file, the sheet, the figure and the limit, and
 * what to do (split the file, delete the sheets not used, save it again from Excel).
 */
export const WORKBOOK_MESSAGES = {
  notAWorkbook: (fileName: string): Localized => ({
    vi: `Tệp${named(fileName)} không phải bảng tính Excel (.xlsx, .xlsm, .xls) hay OpenDocument (.ods) đọc được: tệp nén bị hỏng hoặc thiếu phần bảng tính. Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại thành .xlsx rồi tải lên.`,
    en: `The file${named(fileName)} is not a readable Excel (.xlsx, .xlsm, .xls) or OpenDocument (.ods) workbook: its zip is broken or has no sheets in it. Open it in Excel or LibreOffice, save it again as .xlsx and upload that.`,
  }),
  partTooLarge: (fileName: string, part: string, bytes: number): Localized => ({
    vi: `Tệp${named(fileName)}: phần "${part}" khi giải nén nặng ${megabytes(bytes, 'vi')}, quá giới hạn ${megabytes(LIMITS.workbookPartBytes, 'vi')} một phần. Tệp không được giải nén. Nếu đây là bảng tính thật, hãy chia tệp (mỗi tệp ít trang tính, ít dòng hơn) hoặc xóa các trang tính không dùng rồi tải lên lại.`,
    en: `The file${named(fileName)}: its part "${part}" unzips to ${megabytes(bytes, 'en')}, over the ${megabytes(LIMITS.workbookPartBytes, 'en')} limit of one part. Nothing was unzipped. If this is a real workbook, split it (fewer sheets or rows in each file) or delete the sheets you do not use, then upload again.`,
  }),
  unzippedTooLarge: (fileName: string, bytes: number): Localized => ({
    vi: `Tệp${named(fileName)} khi giải nén nặng ${megabytes(bytes, 'vi')}, quá giới hạn ${megabytes(LIMITS.workbookUnzippedBytes, 'vi')} của một bảng tính. Tệp không được giải nén. Hãy chia tệp hoặc xóa các trang tính không dùng rồi tải lên lại.`,
    en: `The file${named(fileName)} unzips to ${megabytes(bytes, 'en')}, over the ${megabytes(LIMITS.workbookUnzippedBytes, 'en')} limit of a workbook. Nothing was unzipped. Split the file or delete the sheets you do not use, then upload again.`,
  }),
  zipRatio: (fileName: string, zipped: number, unzipped: number): Localized => ({
    vi: `Tệp${named(fileName)} nặng ${megabytes(zipped, 'vi')} nhưng khi giải nén thành ${megabytes(unzipped, 'vi')}, gấp ${count(Math.round(unzipped / Math.max(zipped, 1)), 'vi')} lần (giới hạn ${count(LIMITS.workbookZipRatio, 'vi')} lần): bảng tính thật không nén được như vậy, tệp có thể là "bom nén". Tệp không được giải nén. Hãy mở tệp bằng Excel, lưu lại thành .xlsx rồi tải lên.`,
    en: `The file${named(fileName)} is ${megabytes(zipped, 'en')} but unzips to ${megabytes(unzipped, 'en')}, ${count(Math.round(unzipped / Math.max(zipped, 1)), 'en')} times more (the limit is ${count(LIMITS.workbookZipRatio, 'en')} times): no real workbook compresses so well, so it may be a zip bomb. Nothing was unzipped. Open it in Excel, save it again as .xlsx and upload that.`,
  }),
  partLied: (fileName: string, part: string, declared: number): Localized => ({
    vi: `Tệp${named(fileName)}: phần "${part}" khai nặng ${count(declared, 'vi')} byte nhưng giải nén ra nhiều hơn thế. Tệp bị hỏng hoặc được làm giả, việc đọc đã dừng. Hãy mở tệp bằng Excel, lưu lại thành .xlsx rồi tải lên.`,
    en: `The file${named(fileName)}: its part "${part}" declares ${count(declared, 'en')} bytes but unzips to more. The file is broken or forged; reading stopped. Open it in Excel, save it again as .xlsx and upload that.`,
  }),
  tooManySheets: (fileName: string, sheets: number): Localized => ({
    vi: `Tệp${named(fileName)} có ${count(sheets, 'vi')} trang tính, quá giới hạn ${count(LIMITS.workbookSheets, 'vi')}. Hãy xóa các trang tính không dùng hoặc chia tệp rồi tải lên lại.`,
    en: `The file${named(fileName)} has ${count(sheets, 'en')} sheets, over the limit of ${count(LIMITS.workbookSheets, 'en')}. Delete the sheets you do not use or split the file, then upload again.`,
  }),
  sheetTooManyCells: (fileName: string, sheet: string, ref: string, rows: number, columns: number): Localized => ({
    vi: `Tệp${named(fileName)}, trang tính "${sheet}": vùng dữ liệu ${ref} có ${count(rows, 'vi')} dòng × ${count(columns, 'vi')} cột = ${count(rows * columns, 'vi')} ô, quá giới hạn ${count(LIMITS.workbookSheetCells, 'vi')} ô một trang tính. Trang tính không được đọc. Hãy xóa các dòng, cột trống hoặc không dùng ở cuối trang (Excel: chọn rồi Xóa, không chỉ xóa nội dung), hoặc chia trang tính thành nhiều tệp.`,
    en: `The file${named(fileName)}, sheet "${sheet}": its range ${ref} is ${count(rows, 'en')} rows × ${count(columns, 'en')} columns = ${count(rows * columns, 'en')} cells, over the limit of ${count(LIMITS.workbookSheetCells, 'en')} cells a sheet. The sheet was not read. Delete the empty or unused rows and columns at its end (in Excel select them and Delete, not just clear them), or split the sheet into several files.`,
  }),
  sheetCellsCounted: (fileName: string, sheet: string): Localized => ({
    vi: `Tệp${named(fileName)}, trang tính "${sheet}": có hơn ${count(LIMITS.workbookSheetCells, 'vi')} ô có nội dung (nhiều hơn vùng dữ liệu trang tính khai báo), quá giới hạn ${count(LIMITS.workbookSheetCells, 'vi')} ô một trang tính. Hãy chia trang tính thành nhiều tệp hoặc xóa các dòng, cột không dùng.`,
    en: `The file${named(fileName)}, sheet "${sheet}": it has more than ${count(LIMITS.workbookSheetCells, 'en')} non-empty cells (more than the range the sheet declares), over the limit of ${count(LIMITS.workbookSheetCells, 'en')} cells a sheet. Split the sheet into several files or delete the rows and columns you do not use.`,
  }),
  tooManyCells: (fileName: string, sheet: string, cells: number): Localized => ({
    vi: `Tệp${named(fileName)}: đến trang tính "${sheet}" đã có hơn ${count(cells, 'vi')} ô có nội dung, quá giới hạn ${count(LIMITS.workbookCells, 'vi')} ô một lần đọc. Hãy chọn ít trang tính hơn, chia tệp hoặc xóa các trang tính không dùng.`,
    en: `The file${named(fileName)}: by sheet "${sheet}" it has more than ${count(cells, 'en')} non-empty cells, over the limit of ${count(LIMITS.workbookCells, 'en')} cells read at once. Choose fewer sheets, split the file or delete the sheets you do not use.`,
  }),
  unreadable: (fileName: string, detail: string): Localized => ({
    vi: `Không đọc được bảng tính${named(fileName)} (${detail}). Nếu tệp có mật khẩu, hãy bỏ mật khẩu; nếu không, hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại thành .xlsx rồi tải lên.`,
    en: `The workbook${named(fileName)} cannot be read (${detail}). If it has a password, remove it; otherwise open it in Excel or LibreOffice, save it again as .xlsx and upload that.`,
  }),
  noSuchSheet: (fileName: string, sheet: string): Localized => ({
    vi: `Tệp${named(fileName)} không có trang tính "${sheet}". Hãy chọn lại trang tính trong danh sách.`,
    en: `The file${named(fileName)} has no sheet "${sheet}". Choose the sheet again from the list.`,
  }),
  sheetNameCleaned: (shown: string): Localized => ({
    vi: `Tên trang tính có ký tự điều khiển hoặc quá dài; ứng dụng hiển thị là "${shown}". Hãy đổi tên trang tính trong Excel cho gọn, không có ký tự lạ.`,
    en: `The sheet's name holds control characters or is too long; it is shown as "${shown}". Rename the sheet in Excel to a short name without them.`,
  }),
} as const;
