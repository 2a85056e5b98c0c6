import type { Area, Indicator, Observation } from '../model';
import { parseDelimited } from '../csv/csv';
import { wellFormedRows } from '../csv/csv-rows';
import { fieldForHeader, FIGURE_FIELDS, REQUIRED_FIELDS, type ObservationField } from '../observations/header-aliases';
import { issue, resultOf, type ParseIssue, type ParseResult } from '../issues';
import { detectNumberLocale, type NumberLocale } from '../numbers/numbers';
import { validateObservations, type RawObservation } from './validate-observations';

export interface ObservationsCsvOptions {
  areas: readonly Area[];
  indicators: readonly Indicator[];
  /** Declared number format; 'auto' detects it from the file's own numbers. */
  numberLocale?: NumberLocale | 'auto';
}

export interface ParsedObservations {
  observations: Observation[];
  numberLocale: NumberLocale | null;
  delimiter: string;
}

/** Parses the canonical long CSV (area, year, indicator, plan, actual, percent_of_plan, unit, source, note). */
export function parseObservationsCsv(text: string, options: ObservationsCsvOptions): ParseResult<ParsedObservations> {
  const table = parseDelimited(text);
  const issues: ParseIssue[] = [];
  if (table.header.length === 0 || table.header.every((h) => h === ''))
    return { ok: false, issues: [issue('error', 'empty-file', {}, { vi: 'Tệp trống. Hãy chọn tệp CSV có dòng tiêu đề và số liệu.', en: 'The file is empty. Choose a CSV file with a header row and data.' })] };

  const columnOf = new Map<ObservationField, number>();
  const columnNames: Partial<Record<ObservationField, string>> = {};
  table.header.forEach((header, index) => {
    const field = fieldForHeader(header);
    if (field === null) {
      issues.push(issue('warning', 'unknown-column', { row: 1, column: header, value: header }, { vi: `Cột "${header}" không được dùng và sẽ bị bỏ qua.`, en: `Column "${header}" is not used and will be ignored.` }));
    } else if (columnOf.has(field)) {
      issues.push(issue('error', 'duplicate-column', { row: 1, column: header, value: header }, { vi: `Hai cột cùng nghĩa "${field}". Xoá hoặc đổi tên một cột.`, en: `Two columns both mean "${field}". Delete or rename one of them.` }));
    } else {
      columnOf.set(field, index);
      columnNames[field] = header;
    }
  });
  for (const field of REQUIRED_FIELDS)
    if (!columnOf.has(field))
      issues.push(issue('error', 'missing-column', { row: 1, column: field, value: null }, { vi: `Thiếu cột "${field}". Thêm cột này vào dòng tiêu đề.`, en: `Column "${field}" is missing. Add it to the header row.` }));
  if (!FIGURE_FIELDS.some((f) => columnOf.has(f)))
    issues.push(issue('error', 'missing-column', { row: 1, column: 'plan/actual/percent_of_plan', value: null }, { vi: 'Không có cột số liệu nào (plan, actual, percent_of_plan).', en: 'There is no figure column (plan, actual, percent_of_plan).' }));
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  if (table.rows.length === 0)
    return { ok: false, issues: [...issues, issue('error', 'no-rows', { row: 2 }, { vi: 'Tệp chỉ có dòng tiêu đề, không có số liệu.', en: 'The file has a header row but no data.' })] };

  // A row that is not one (a quote left open, cells past the header) is an error of its own, and its
  // cells, not under their columns, are not read as figures.
  const wellFormed = wellFormedRows(table);
  issues.push(...wellFormed.issues);
  const raws: RawObservation[] = wellFormed.rows.map(({ line, cells }) => {
    const record: RawObservation['cells'] = {};
    for (const [field, index] of columnOf) record[field] = cells[index] ?? '';
    return { row: line, cells: record, columnNames };
  });

  let numberLocale = options.numberLocale ?? 'auto';
  if (numberLocale === 'auto') {
    const cells = raws.flatMap((r) => FIGURE_FIELDS.map((f) => String(r.cells[f] ?? '')));
    const evidence = detectNumberLocale(cells);
    if (evidence.locale && evidence.viOnly > 0 && evidence.enOnly > 0)
      issues.push(issue('warning', 'mixed-number-format', {}, {
        vi: `Tệp trộn hai kiểu số: ${evidence.viOnly} ô kiểu Việt Nam, ${evidence.enOnly} ô kiểu Anh. Đọc theo kiểu ${evidence.locale === 'vi' ? 'Việt Nam' : 'Anh'}.`,
        en: `The file mixes number formats: ${evidence.viOnly} Vietnamese-style cells, ${evidence.enOnly} English-style. Reading as ${evidence.locale === 'vi' ? 'Vietnamese' : 'English'}.`,
      }));
    numberLocale = evidence.locale ?? 'auto';
  }

  const validated = validateObservations(raws, { areas: options.areas, indicators: options.indicators, numberLocale });
  return resultOf(
    { observations: validated.observations, numberLocale: numberLocale === 'auto' ? null : numberLocale, delimiter: table.delimiter },
    [...issues, ...validated.issues],
  );
}
