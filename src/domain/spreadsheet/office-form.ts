import type { ReviewSummary, TargetResult, UnitSummary } from '../report/summary';
import { writtenPlan } from '../evaluation/evaluate';
import { sheetName } from './sheet-name';
import type { SheetColumn, SheetTable, SheetValue } from './sheet-spec';

/** Beyond this many units one sheet holds them all (with a unit column) instead of a sheet each. */
export const SHEET_PER_UNIT_UP_TO = 60;

const FORM_COLUMNS: SheetColumn[] = [
  { label: 'STT', kind: 'number', grouping: false },
  { label: 'Chỉ tiêu', kind: 'text' },
  { label: 'Đơn vị tính', kind: 'text' },
  { label: 'Kế hoạch', kind: 'number' },
  { label: 'Thực hiện', kind: 'number' },
  { label: 'So sánh (%)', kind: 'number', maxDecimals: 2 },
];

/** One main target in the office form's cells: plan (as written when more than one number: "8–8,5") and actual as numbers, So sánh the % KH; none is an empty cell. */
function targetCells(target: TargetResult): SheetValue[] {
  const e = target.evaluation;
  return [target.indicator.nameVi, e?.observation.unit || target.indicator.unit, e?.plan.kind === 'value' ? (writtenPlan(e.plan, 'vi') ?? e.plan.value) : null, e?.actual ?? null, e?.percent.kind === 'value' ? e.percent.value : null];
}

/** A unit's main targets in the office form: STT | Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện | So sánh (%). */
export function unitFormTable(unit: UnitSummary, provenance: readonly string[]): SheetTable {
  return {
    name: sheetName(unit.area.name),
    title: `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM ${unit.year} — ${unit.area.name.toLocaleUpperCase('vi')}`,
    provenance,
    columns: FORM_COLUMNS,
    rows: unit.targets.map((target, k) => [k + 1, ...targetCells(target)]),
  };
}

/**
 * The report's tables for a workbook: the summary (each unit's main targets achieved of all), then
 * each unit's targets in the office form — a sheet a unit, or for many units one sheet with the unit
 * in a column after STT.
 */
export function reportFormTables(review: ReviewSummary, provenance: readonly string[]): SheetTable[] {
  const all = [review.parent, ...review.units];
  const summary: SheetTable = {
    name: 'Tổng hợp',
    title: `TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM ${review.year}`,
    provenance,
    columns: [
      { label: 'STT', kind: 'number', grouping: false },
      { label: 'Đơn vị', kind: 'text' },
      { label: 'Số chỉ tiêu đạt và vượt', kind: 'number', grouping: false },
      { label: 'Số chỉ tiêu chủ yếu', kind: 'number', grouping: false },
      { label: 'Số chỉ tiêu không đạt', kind: 'number', grouping: false },
      { label: 'Số chỉ tiêu chưa có kết quả', kind: 'number', grouping: false },
    ],
    rows: all.map((u, k) => [k + 1, u.area.name, u.achieved, u.targets.length, u.missed.length, u.noResult.length]),
  };
  if (all.length <= SHEET_PER_UNIT_UP_TO) return [summary, ...all.map((u) => unitFormTable(u, provenance))];
  const [stt, ...rest] = FORM_COLUMNS;
  return [summary, {
    name: 'Chi tiết',
    title: `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM ${review.year} THEO ĐƠN VỊ`,
    provenance,
    columns: [stt!, { label: 'Đơn vị', kind: 'text' }, ...rest],
    rows: all.flatMap((u) => u.targets.map((target, k) => [k + 1, u.area.name, ...targetCells(target)])),
  }];
}
