import { defineMessages } from '../../lib/language/feature-messages';

const vi = {
  heading: 'Công bố',
  intro: 'Công bố bộ số liệu đang hiển thị trên bảng điều khiển ({observations} dòng số liệu, {areas} đơn vị, {indicators} chỉ tiêu) để mọi người xem cùng một số liệu. Máy của bạn tải về một tệp .zip gồm manifest.json, areas.csv, indicators.csv và observations.csv (cùng awards.csv, main-targets.csv khi bộ số liệu có khen thưởng, danh mục chỉ tiêu chủ yếu); mỗi lần công bố là một phiên bản mới.',
  publisher: 'Đơn vị công bố',
  note: 'Ghi chú công bố (không bắt buộc)',
  publish: 'Công bố',
  working: 'Đang đóng gói…',
  done: 'Đã công bố phiên bản {version} lúc {date}. Đã tải tệp {file} (các tệp nằm ngay ở gốc tệp .zip, không có thư mục con).',
  itStep: 'Việc của bộ phận CNTT: Giải nén tệp vào thư mục data/ của máy chủ (thay thế các tệp cũ).',
  refused: 'Không công bố: {count} lỗi. Hãy sửa số liệu rồi công bố lại.',
  failed: 'Không tạo được tệp công bố: {reason}',
  row: 'dòng {row}',
  column: 'cột {column}',
  value: 'giá trị «{value}»',
} as const;

type Key = keyof typeof vi;
const en: Record<Key, string> = {
  heading: 'Publish',
  intro: 'Publish the dataset the dashboard shows ({observations} rows of figures, {areas} areas, {indicators} indicators) so that everyone sees the same figures. Your browser downloads one .zip with manifest.json, areas.csv, indicators.csv and observations.csv (and awards.csv, main-targets.csv when the dataset has awards or lists of main targets); every publication is a new version.',
  publisher: 'Publisher',
  note: 'Publication note (optional)',
  publish: 'Publish',
  working: 'Packing…',
  done: 'Published version {version} at {date}. Downloaded {file} (the files are at the root of the .zip, in no folder).',
  itStep: 'For IT: Unzip the file into the server’s data/ folder (replacing the old files) — Giải nén tệp vào thư mục data/ của máy chủ (thay thế các tệp cũ).',
  refused: 'Not published: {count} error(s). Fix the data and publish again.',
  failed: 'Could not build the publication: {reason}',
  row: 'row {row}',
  column: 'column {column}',
  value: 'value “{value}”',
};

/** The "Công bố" section's strings, in the active language. */
export const usePublishT = defineMessages<Key>({ vi, en });
