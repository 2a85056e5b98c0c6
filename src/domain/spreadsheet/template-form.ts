import type { DatasetIndex } from '../dataset/dataset-index';
import type { Area, Indicator, PeriodCode } from '../model';
import { periodSpan } from '../periods/period-code';
import { writtenPlan } from '../evaluation/evaluate';
import { sheetName } from './sheet-name';
import { fitWidths, headerLabel, numberCell, type SheetSpec, type SpecCell } from './sheet-spec';

/** The words of the office form, as a province writes them to its communes. */
export const FORM_WORDS = { stt: 'STT', unit: 'Đơn vị', plan: 'Kế hoạch', yearPlan: 'Kế hoạch năm', actual: 'Thực hiện' } as const;

export interface TemplateInput {
  year: number;
  /** A period within the year the form asks for ('' or absent: the year): its title names it, as the upload reads it back. */
  period?: PeriodCode | '';
  /** The province (or unit) the form comes from: the name row says it. */
  parent: Pick<Area, 'name'>;
  /** What the units are called ("xã, phường"). */
  levelName: string;
  /** The units in force that year, in the catalog's order: one row each. */
  units: readonly Pick<Area, 'id' | 'name'>[];
  indicators: readonly Pick<Indicator, 'id' | 'nameVi' | 'unit'>[];
  /** The plan the data already has for a unit and indicator (as given, never derived), or null. */
  /** The plan to fill in: its number, or its words when it is more than one number ("8–8,5"), which the upload reads back. */
  plan: (unitId: string, indicatorId: string) => number | string | null;
}

/** The units below `parentId` in force in `year`, the level the views show for that year. */
export const unitsInForce = (index: DatasetIndex, parentId: string, year: number): Area[] => index.unitsOf(parentId, year);

/** The plan the data holds as given for a unit, year and indicator; a plan derived from a printed % KH is not filled in. */
export function givenPlan(index: DatasetIndex, year: number): TemplateInput['plan'] {
  return (unitId, indicatorId) => {
    const plan = index.evaluation(unitId, year, indicatorId)?.plan;
    if (plan?.kind !== 'value' || plan.origin !== 'given') return null;
    return writtenPlan(plan, 'vi') ?? plan.value;
  };
}

const TITLE_ROWS = 3;
const ROMAN = ['', 'I', 'II', 'III', 'IV'];

/** The title's words for a period, as the province titles its forms and the upload reads them (form-period.ts): "THÁNG 3 ", "QUÝ II ", "6 THÁNG ĐẦU "; '' for the year. */
export function titlePeriod(period: PeriodCode | '' | undefined): string {
  const span = period ? periodSpan(period) : null;
  if (!span) return '';
  if (period!.startsWith('quarter-')) return `QUÝ ${ROMAN[span.last / 3]} `;
  return span.first === span.last ? `THÁNG ${span.last} ` : `${span.last} THÁNG ĐẦU `;
}

const planCell = (plan: number | string | null): SpecCell => (typeof plan === 'string' ? { type: 'text', value: plan } : numberCell(plan));

/**
 * The commune template in the plain wide office form: a title ("BIỂU NHẬP SỐ LIỆU … NĂM 2025"), the
 * name row, an empty row; a two-row header (STT and Đơn vị spanning both; each indicator "name
 * (unit)" merged over its Kế hoạch and Thực hiện); then a row per unit in force with its STT, its name
 * and the plan already filled where the data has it. No column-number row, no total row.
 */
export function templateSpec(input: TemplateInput): SheetSpec {
  const width = 2 + 2 * input.indicators.length;
  const title: SpecCell[] = [{ type: 'text', value: `BIỂU NHẬP SỐ LIỆU CHỈ TIÊU KINH TẾ - XÃ HỘI ${titlePeriod(input.period)}NĂM ${input.year}`, bold: true, columnSpan: width }];
  const name: SpecCell[] = [{ type: 'text', value: `Đơn vị: ${input.parent.name} — cấp ${input.levelName} (${input.units.length} đơn vị)`, columnSpan: width }];
  const head = (value: string, more: Partial<Extract<SpecCell, { type: 'text' }>> = {}): SpecCell => ({ type: 'text', value, bold: true, wrap: true, align: 'center', ...more });
  const top: SpecCell[] = [head(FORM_WORDS.stt, { rowSpan: 2 }), head(FORM_WORDS.unit, { rowSpan: 2 })];
  const bottom: SpecCell[] = [null, null];
  for (const indicator of input.indicators) {
    top.push(head(headerLabel({ label: indicator.nameVi, unit: indicator.unit }), { columnSpan: 2 }), null);
    // A period's figure is measured against the year's plan: the column says so.
    bottom.push(head(input.period ? FORM_WORDS.yearPlan : FORM_WORDS.plan), head(FORM_WORDS.actual));
  }
  const body = input.units.map((unit, k): SpecCell[] => [
    { type: 'number', value: k + 1, format: '0' },
    { type: 'text', value: unit.name },
    ...input.indicators.flatMap((indicator) => [planCell(input.plan(unit.id, indicator.id)), null]),
  ]);
  // The merged indicator header spans two columns: each gets half its width, within the wrap.
  const widths = fitWidths(bottom, body, width).map((w, c) => (c < 2 ? w : Math.max(w, 12)));
  return { name: sheetName(`Biểu nhập ${input.year}`), rows: [title, name, [], top, bottom, ...body], widths, frozenRows: TITLE_ROWS + 2, frozenColumns: 2 };
}
