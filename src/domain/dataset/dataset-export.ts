import { AWARD_COLUMNS, type Award } from '../awards';
import { MAIN_TARGET_COLUMNS, type MainTarget } from '../main-targets';
import type { Area, Dataset, Indicator, Observation } from '../model';
import { OBSERVATION_FIELDS } from '../observations/header-aliases';
import { toDelimited } from '../csv/csv-cell';

/** Writers of the canonical formats; kept apart from the parsers so exporting loads no schema library. */
const observationRow = (o: Observation) => [o.area, o.year, o.indicator, o.plan, o.actual, o.reportedPercent, o.unit, o.source, o.note, o.planText ?? '', o.figureKind ?? '', o.asOf ?? '', o.history ?? '', o.period ?? ''];

/** The canonical long CSV: dot decimals, no grouping, so it reads the same in every locale. */
export function observationsToCsv(observations: readonly Observation[]): string {
  return `${toDelimited(OBSERVATION_FIELDS, observations.map(observationRow))}\n`;
}

export function datasetToJson(dataset: Dataset): string {
  const observations = dataset.observations.map((o) => Object.fromEntries(OBSERVATION_FIELDS.map((f, i) => [f, observationRow(o)[i]])));
  return `${JSON.stringify({ areas: dataset.areas, indicators: dataset.indicators, observations }, null, 2)}\n`;
}

/** The upload template: the canonical header and example rows as the province's reports print them (a final that replaced an estimate, a printed % KH, a range, a six-month total, a five-year target). */
export function templateCsv(): string {
  return `${toDelimited(OBSERVATION_FIELDS, [
    ['Tân Uyên', 2025, 'budget_revenue', 70, 75.5, '', 'tỷ đồng', 'Báo cáo KT-XH năm 2025, tr. 3', 'số chính thức thay số ước 74,8 báo cáo tại hội nghị tháng 12', '', 'final', '2026-03-15', 'estimate 74.8 2025-12-15', ''],
    ['Sìn Hồ', 2025, 'poverty_reduction', '', 4.2, 105, 'điểm %', 'Báo cáo tổng kết thi đua 2025', 'mức giảm tỷ lệ hộ nghèo 4,2%, đạt 105% KH', '', '', '', '', ''],
    ['Than Uyên', 2025, 'grdp_growth', 8, 8.3, '', '%', 'Báo cáo KT-XH năm 2025', 'kế hoạch viết thành khoảng: cột plan là mức thấp, plan_text là nguyên văn; số ước tại hội nghị tháng 12', '8 - 8,5%', 'estimate', '2025-12-15', '', ''],
    ['Tân Uyên', 2025, 'budget_revenue', 70, 38.5, 55, 'tỷ đồng', 'Báo cáo KT-XH 6 tháng đầu năm 2025', 'lũy kế 6 tháng (period to-month-06), plan là dự toán cả năm: đạt 55% KH năm', '', 'estimate', '2025-06-20', '', 'to-month-06'],
    ['Lai Châu', 2025, 'grdp_growth', 9, '', '', '%', 'Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2021-2025 tỉnh Lai Châu', 'mục tiêu 5 năm (period years-2021-2025, year là năm cuối của giai đoạn): plan là mức thấp, plan_text là nguyên văn', 'tăng bình quân 9 - 10%/năm', '', '', '', 'years-2021-2025'],
  ])}\n`;
}

/** The indicator catalog in the same columns as data/indicators.csv. */
export function indicatorsToCsv(indicators: readonly Indicator[]): string {
  return `${toDelimited(['id', 'name_vi', 'name_en', 'unit', 'unit_en', 'direction', 'decimals', 'additive'], indicators.map((i) => [i.id, i.nameVi, i.nameEn, i.unit, i.unitEn, i.direction, i.decimals, String(i.additive)]))}\n`;
}

/** The areas in the same columns as data/areas.csv. */
export function areasToCsv(areas: readonly Area[]): string {
  const columns = ['id', 'name', 'level', 'parent', 'kind', 'valid_from', 'valid_to', 'predecessors', 'succession', 'source', 'note'];
  return `${toDelimited(columns, areas.map((a) => [a.id, a.name, a.level, a.parent, a.kind ?? '', a.validFrom ?? '', a.validTo ?? '', (a.predecessors ?? []).join(';'), a.succession ?? '', a.source ?? '', a.note ?? '']))}\n`;
}

/** The awards in the same columns as data/awards.csv. */
export function awardsToCsv(awards: readonly Award[]): string {
  return `${toDelimited(AWARD_COLUMNS, awards.map((a) => [a.area, a.year, a.kind, a.status, a.source, a.note]))}\n`;
}

/** The main-target lists in the same columns as data/main-targets.csv. */
export function mainTargetsToCsv(rows: readonly MainTarget[]): string {
  return `${toDelimited(MAIN_TARGET_COLUMNS, rows.map((t) => [t.area, t.year, t.indicator, t.scope, t.source, t.note]))}\n`;
}
