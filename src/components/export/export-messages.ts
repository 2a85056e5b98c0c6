import { defineMessages } from '../../lib/language/feature-messages';

/** The export control, print button and provenance lines, Vietnamese first. */
export const useExportT = defineMessages({
  vi: {
    group: 'Tải xuống: {title}',
    png: 'Tải biểu đồ {title} (PNG)',
    svg: 'Tải biểu đồ {title} (SVG)',
    csv: 'Tải số liệu {title} (CSV)',
    failed: 'Không tạo được tệp {kind} của biểu đồ “{title}”: {reason}. Hãy thử lại, hoặc tải tệp CSV.',
    print: 'In / Lưu PDF',
    printLabel: 'In trang này hoặc lưu thành PDF (khổ A4 ngang, mỗi biểu đồ một trang)',
    selection: 'Lựa chọn: {text}',
    link: 'Đường dẫn: {path}',
    level: 'Cấp: {level} ({n} đơn vị)',
    unit: 'Đơn vị tính: {unit}',
    source: 'Nguồn: {source}',
    noSource: 'Nguồn: không ghi',
    versionBuiltIn: 'Dữ liệu: bộ dữ liệu có sẵn (phiên bản 0)',
    versionPublished: 'Dữ liệu: số liệu công bố ngày {date}, phiên bản {id}',
    versionUpload: 'Dữ liệu: phiên bản {id} — tệp {file}, tải lên {date}',
    versionPreview: 'Dữ liệu: xem thử tệp {file} — chưa lưu, chưa công bố',
    exportedAt: 'Xuất lúc {date} từ Chỉ Tiêu',
  },
  en: {
    group: 'Download: {title}',
    png: 'Download chart {title} (PNG)',
    svg: 'Download chart {title} (SVG)',
    csv: 'Download data {title} (CSV)',
    failed: 'Could not make the {kind} file of the chart “{title}”: {reason}. Please try again, or download the CSV.',
    print: 'Print / Save as PDF',
    printLabel: 'Print this page or save it as PDF (A4 landscape, one chart per page)',
    selection: 'Selection: {text}',
    link: 'Link: {path}',
    level: 'Level: {level} ({n} units)',
    unit: 'Unit: {unit}',
    source: 'Source: {source}',
    noSource: 'Source: not given',
    versionBuiltIn: 'Data: built-in dataset (version 0)',
    versionPublished: 'Data: published {date}, version {id}',
    versionUpload: 'Data: version {id} — file {file}, uploaded {date}',
    versionPreview: 'Data: preview of the file {file} — not saved, not published',
    exportedAt: 'Exported {date} from Chỉ Tiêu',
  },
});

export type ExportT = ReturnType<typeof useExportT>;
