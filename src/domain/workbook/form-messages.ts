/** What the form reader says, in Vietnamese and English: each message names the cell, the figures and the fix. */
import type { Localized } from '../issues';
import { formatNumber } from '../numbers/format';

const vi = (n: number) => formatNumber(n, 'vi', 6);
const en = (n: number) => formatNumber(n, 'en', 6);

export const emptySheetMessage = (sheet: string): Localized => ({
  vi: `Trang "${sheet}" trống: không có ô nào có dữ liệu. Cách sửa: chọn trang có bảng số liệu.`,
  en: `Sheet "${sheet}" is empty: no cell holds data. Fix: choose the sheet that holds the table.`,
});

export const notAFormMessage = (sheet: string): Localized => ({
  vi: `Trang "${sheet}" không có bảng biểu: không tìm thấy hàng tên cột (ví dụ STT | Xã, phường | Kế hoạch | Thực hiện) trong ${60} hàng đầu. Cách sửa: chọn trang khác, hoặc chỉ ra hàng tiêu đề cột.`,
  en: `Sheet "${sheet}" holds no table: no row of column names (such as STT | Xã, phường | Kế hoạch | Thực hiện) in its first 60 rows. Fix: choose another sheet, or say which row is the header.`,
});

export const noDataRowsMessage = (cell: string): Localized => ({
  vi: `Không có hàng số liệu nào dưới hàng tiêu đề (${cell}). Cách sửa: kiểm tra hàng tiêu đề đã chọn.`,
  en: `No data row below the header (${cell}). Fix: check the chosen header row.`,
});

export const totalMismatchMessage = (name: string, header: string, cell: string, total: number, sum: number, rows: number): Localized => ({
  vi: `Hàng "${name}" ghi ${vi(total)} ở cột "${header}" (${cell}), nhưng cộng ${rows} hàng được ${vi(sum)} (lệch ${vi(total - sum)}). Cách sửa: sửa số tổng hoặc số của các đơn vị; nếu chỉ tiêu không cộng được, bỏ qua cảnh báo này.`,
  en: `Row "${name}" gives ${en(total)} in column "${header}" (${cell}), but its ${rows} rows add up to ${en(sum)} (off by ${en(total - sum)}). Fix: correct the total or the units' figures; if the indicator does not add up, ignore this warning.`,
});

export const uncachedMessage = (cell: string, formula: string): Localized => ({
  vi: `Ô ${cell} có công thức "=${formula}" nhưng chưa có giá trị tính sẵn. Cách sửa: mở tệp trong Excel, tính lại (F9), lưu rồi tải lên lại.`,
  en: `Cell ${cell} holds the formula "=${formula}" with no computed value. Fix: open the file in Excel, recalculate (F9), save and upload again.`,
});

export const errorCellMessage = (cell: string, value: string): Localized => ({
  vi: `Ô ${cell} ghi lỗi ${value}, không phải số. Cách sửa: sửa công thức hoặc xoá ô trong Excel.`,
  en: `Cell ${cell} shows the error ${value}, not a number. Fix: correct the formula or clear the cell in Excel.`,
});

export const hiddenRowsMessage = (rows: number[]): Localized => ({
  vi: `${rows.length} hàng đang ẩn trong bảng tính (hàng ${rows.slice(0, 8).join(', ')}${rows.length > 8 ? '…' : ''}) vẫn được đọc. Cách sửa: nếu không muốn dùng, hãy xoá hàng trong tệp.`,
  en: `${rows.length} hidden rows of the sheet (rows ${rows.slice(0, 8).join(', ')}${rows.length > 8 ? '…' : ''}) are read. Fix: delete them in the file if they should not count.`,
});

export const trailingNote = (count: number, from: number): Localized => ({
  vi: `Bỏ qua ${count} hàng dưới bảng (ghi chú, chữ ký, hàng trống) từ hàng ${from}.`,
  en: `Skipped ${count} rows below the table (notes, signatures, empty rows) from row ${from}.`,
});

export const emptyRowsNote = (rows: number[]): Localized => ({
  vi: `Bỏ qua ${rows.length} hàng trống trong bảng (hàng ${rows.slice(0, 8).join(', ')}${rows.length > 8 ? '…' : ''}).`,
  en: `Skipped ${rows.length} empty rows inside the table (rows ${rows.slice(0, 8).join(', ')}${rows.length > 8 ? '…' : ''}).`,
});

export const noteColumnNote = (header: string, letter: string): Localized => ({
  vi: `Cột "${header}" (cột ${letter}) là ghi chú: nội dung được gán vào ghi chú của số liệu.`,
  en: `Column "${header}" (column ${letter}) is a note: its text goes to the figure's note.`,
});

export const badOptionMessage = (option: string): Localized => ({
  vi: `Lựa chọn "${option}" không hợp lệ (hàng tiêu đề là số hàng từ 1, năm có 4 chữ số, cột đơn vị là chữ cái cột như B). Cách sửa: chọn lại.`,
  en: `The choice "${option}" is not valid (the header row is a row number from 1, the year four digits, the unit column a column's letters such as B). Fix: choose again.`,
});
