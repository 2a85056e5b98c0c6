import { ROW_MESSAGES } from '../csv/csv-rows';
import type { Localized } from '../issues';
import { FIELD_LABELS } from '../observations/field-labels';
import type { ObservationField } from '../observations/header-aliases';

/** File-level problems of an upload, with what would fix them. */
export const FILE_MESSAGES = {
  empty: { vi: 'Tệp trống. Hãy chọn tệp CSV hoặc JSON có dòng tiêu đề và số liệu.', en: 'The file is empty. Choose an Excel, CSV or JSON file with a header row and data.' },
  binary: { vi: 'Đây không phải tệp văn bản hay bảng tính (có thể là ảnh hoặc tài liệu). Hãy tải lên biểu Excel (.xlsx, .xls, .ods), tệp CSV (UTF-8) hoặc JSON.', en: 'This is neither a text file nor a workbook (perhaps an image or a document). Upload an Excel form (.xlsx, .xls, .ods), a CSV (UTF-8) or a JSON file.' },
  workbook: { vi: 'Tệp có dạng bảng tính Excel hoặc OpenDocument nhưng không mở được như một bảng tính (tệp có thể hỏng hoặc bị đổi đuôi). Hãy mở tệp trong Excel, lưu lại dưới dạng .xlsx rồi tải lên.', en: 'The file looks like an Excel or OpenDocument workbook but does not open as one (it may be damaged or renamed). Open it in Excel, save it again as .xlsx and upload that.' },
  'utf-32': { vi: 'Tệp được lưu bằng bảng mã UTF-32, ứng dụng không đọc bảng mã này. Hãy mở tệp và lưu lại bằng UTF-8: Excel: Lưu thành → CSV UTF-8 (phân cách bằng dấu phẩy); Notepad: Lưu thành → Mã hóa: UTF-8; LibreOffice: Bộ ký tự: Unicode (UTF-8).', en: 'The file is saved as UTF-32, an encoding the app does not read. Open it and save it again as UTF-8: Excel: Save As → CSV UTF-8 (Comma delimited); Notepad: Save As → Encoding: UTF-8; LibreOffice: Character set: Unicode (UTF-8).' },
  invalid: { vi: 'Không giải mã được tệp với bảng mã đã chọn. Hãy chọn bảng mã khác.', en: 'The file cannot be decoded with the chosen encoding. Choose another encoding.' },
  noRows: { vi: 'Tệp chỉ có dòng tiêu đề, không có số liệu.', en: 'The file has a header row but no data.' },
  noFigureColumn: { vi: 'Không có cột số liệu nào (KH, TH hoặc % KH). Hãy gán ít nhất một cột.', en: 'There is no figure column (plan, actual or % of plan). Map at least one column.' },
  missingColumn: (field: ObservationField): Localized => {
    const { vi, en } = FIELD_LABELS[field];
    return { vi: `Thiếu cột ${vi}. Thêm cột "${vi}" vào tệp hoặc gán một cột có sẵn là "${vi}".`, en: `The ${en} column is missing. Add a column "${en}" to the file or map an existing column to "${en}".` };
  },
  unknownIndicatorColumn: (label: string): Localized => ({ vi: `Cột "${label}" không khớp chỉ tiêu nào trong danh mục. Hãy chọn chỉ tiêu cho cột, định nghĩa chỉ tiêu mới, hoặc bỏ qua cột.`, en: `Column "${label}" matches no indicator in the catalog. Choose its indicator, define a new one, or ignore the column.` }),
  duplicateColumn: (header: string, field: ObservationField): Localized => ({ vi: `Cột "${header}" trùng nghĩa "${FIELD_LABELS[field].vi}" với một cột trước. Xoá hoặc đổi tên một trong hai cột để không phải đoán số nào đúng.`, en: `Column "${header}" means "${FIELD_LABELS[field].en}" like an earlier column. Delete or rename one of them so no figure is chosen by guess.` }),
  tooManyCells: ROW_MESSAGES.tooManyCells,
  malformed: ROW_MESSAGES.malformed,
} as const;
