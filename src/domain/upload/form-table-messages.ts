/** What an office form's reading into the upload says, in Vietnamese and English: the cell, the figure and the fix. */
import type { Localized } from '../issues';

export const noYear = (sheet: string): Localized => ({
  vi: `Trang "${sheet}" không ghi năm: tiêu đề không có "năm …" và không cột nào ghi năm. Cách sửa: chọn năm ở mục "Năm của số liệu".`,
  en: `Sheet "${sheet}" gives no year: its title says no "năm …" and no column holds years. Fix: choose the year under "Year of the figures".`,
});

export const noArea = (sheet: string): Localized => ({
  vi: `Trang "${sheet}" là biểu theo chỉ tiêu (mỗi hàng một chỉ tiêu) nhưng tiêu đề không nêu tên đơn vị nào trong danh mục. Cách sửa: chọn đơn vị ở mục "Đơn vị của biểu".`,
  en: `Sheet "${sheet}" is a form by indicator (one row an indicator) but its title names no unit of the catalog. Fix: choose the unit under "Unit of the form".`,
});

export const areaChosen = (name: string): Localized => ({
  vi: `Đơn vị "${name}", như bạn đã chọn.`,
  en: `Unit "${name}", as you chose.`,
});

export const areaFromTitle = (name: string, where: string): Localized => ({
  vi: `Đơn vị "${name}" lấy từ tiêu đề (${where}). Nếu sai, hãy chọn đơn vị.`,
  en: `Unit "${name}" is taken from the title (${where}). If wrong, choose the unit.`,
});

export const unitDiffers = (header: string, unit: string, indicator: string, catalogUnit: string): Localized => ({
  vi: `Cột "${header}" ghi đơn vị tính "${unit}", nhưng chỉ tiêu "${indicator}" tính bằng "${catalogUnit}". Số liệu được lưu như đã ghi. Cách sửa: đổi số sang ${catalogUnit} trong tệp, hoặc nếu tiêu đề ghi nhầm thì bỏ qua cảnh báo này.`,
  en: `Column "${header}" gives the unit "${unit}", but "${indicator}" is measured in "${catalogUnit}". The figures are stored as written. Fix: convert them to ${catalogUnit} in the file, or ignore this warning if the header is wrong.`,
});
