import { formatNumber, type Language } from '../numbers/format';
import type { ReportDocument, ReportSection, ReportTable } from './document';
import type { ReviewSummary, UnitSummary } from './summary';

/**
 * The form the report takes as a Word file. Up to DOCX_FULL_UNITS units (a province's districts or
 * communes: the largest province since the 2025 reform has 168) it is the document on screen, every
 * unit with its table of targets. A country's report (700 districts, 3,300 communes) with every
 * unit's table is 35,000–165,000 table rows, 10,000 pages or more: no one reads it, and making it
 * ran out of time and memory. There the file keeps every paragraph (the parent's, with its own
 * table, and each unit's), the ranking and the awards, and puts in place of the units' tables one
 * summary table, a row per unit numbered as its sub-section (the page's "Tóm tắt theo đơn vị"),
 * under a note that says what is left out and where it is: the Report page shows each unit's
 * table, the Data page's CSV holds every figure.
 */
export const DOCX_FULL_UNITS = 200;

const WORDS = {
  vi: {
    caption: 'Tóm tắt theo đơn vị',
    columns: ['STT', 'Đơn vị', 'Đạt và vượt', 'Vượt cao', 'Chưa đạt', 'Chưa có số liệu'],
    noPlanned: 'không có chỉ tiêu có KH',
    note: (units: string, rows: string, year: number) =>
      `Báo cáo gồm ${units} đơn vị. Để tệp gọn và mở được, mục này giữ đoạn kết quả của từng đơn vị và bảng tóm tắt dưới đây (số thứ tự trong bảng là số của mục đơn vị đó); bảng kết quả các chỉ tiêu của từng đơn vị (${rows} dòng) không in trong tệp này. Bảng của một đơn vị có trên trang Báo cáo của bảng điều khiển (bấm tên đơn vị trong bảng “Tóm tắt theo đơn vị”); mọi số liệu năm ${year} có trong tệp CSV tải ở trang Dữ liệu (chọn năm ${year}, nút “Tải CSV”).`,
  },
  en: {
    caption: 'Summary by unit',
    columns: ['No.', 'Unit', 'Met or exceeded', 'Far exceeded', 'Missed', 'No result yet'],
    noPlanned: 'no planned target',
    note: (units: string, rows: string, year: number) =>
      `The report covers ${units} units. To keep the file usable, this section keeps each unit's paragraph and the summary table below (a row's number is its unit's sub-section); each unit's table of its targets (${rows} rows) is not printed in this file. A unit's table is on the dashboard's Report page (click the unit's name in “Summary by unit”); every figure for ${year} is in the CSV downloaded from the Data page (choose ${year}, button “Download CSV”).`,
  },
} as const;

/** A unit's row: N/M met or exceeded, then the counts, as the page's summary shows them (a dash, not 0, for a unit without targets). */
function summaryRow(u: UnitSummary, number: number, name: string, language: Language): string[] {
  const planned = u.targets.length > 0;
  const count = (n: number) => (planned ? formatNumber(n, language, 0) : '—');
  return [
    String(number),
    name,
    planned ? `${u.achieved}/${u.targets.length}` : WORDS[language].noPlanned,
    count(u.farExceeded.length),
    count(u.missed.length),
    count(u.noResult.length),
  ];
}

/**
 * The document as the .docx writes it: `doc` itself up to DOCX_FULL_UNITS units, else its slim form
 * (see above). `review` is the one `doc` was built from; sections[1] holds the units, in its order.
 */
export function docxForm(doc: ReportDocument, review: ReviewSummary): ReportDocument {
  const units = doc.sections[1];
  const subsections = units?.subsections ?? [];
  if (review.units.length <= DOCX_FULL_UNITS || subsections.length !== review.units.length) return doc;
  const w = WORDS[doc.language];
  const rows = subsections.reduce((n, s) => n + (s.table?.rowCount ?? s.table?.rows.length ?? 0), 0);
  const table: ReportTable = {
    caption: w.caption,
    columns: [...w.columns],
    rows: review.units.map((u, i) => summaryRow(u, i + 1, subsections[i]!.heading, doc.language)),
  };
  const slim: ReportSection = {
    ...units!,
    paragraphs: [...units!.paragraphs, w.note(formatNumber(subsections.length, doc.language, 0), formatNumber(rows, doc.language, 0), doc.year)],
    table,
    subsections: subsections.map(({ table: _left, ...section }) => section),
  };
  return { ...doc, sections: doc.sections.map((s, i) => (i === 1 ? slim : s)) };
}
