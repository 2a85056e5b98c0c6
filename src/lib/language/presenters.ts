import type { Indicator } from '../../domain/model';
import type { Measure, NoValue } from '../../domain/numbers/measure';
import type { PercentValue, PlanValue } from '../../domain/evaluation/evaluate';
import type { Status } from '../../domain/evaluation/status';
import { formatNumber, formatPercent, formatSigned, unitOf, withUnit, type Language } from '../../domain/numbers/format';
import { NO_VALUE_LABELS, STATUS_LABELS } from './messages';
import { formatPlan } from '../../domain/evaluation/plan-form';
import { figureMark } from '../../domain/evaluation/figure-kind';
import { historyLine } from '../../domain/evaluation/figure-history';
import type { Observation } from '../../domain/model';

/** How figures read on screen in one language: never NaN, never 0 for "no data". */
export function presenters(language: Language) {
  const noValue = (m: NoValue) => NO_VALUE_LABELS[language][m.reason];
  const noData = NO_VALUE_LABELS[language]['no-data'];
  const name = (indicator: Pick<Indicator, 'nameVi' | 'nameEn'>) => (language === 'vi' ? indicator.nameVi : indicator.nameEn);
  const unit = (indicator: Indicator) => unitOf(indicator, language);
  /** A stored figure with every printed digit. */
  const figure = (value: number | null, indicator: Indicator) => (value === null ? noData : withUnit(formatNumber(value, language), unit(indicator)));
  /** A computed figure, rounded to the indicator's decimals. */
  const computed = (value: number, indicator: Indicator) => withUnit(formatNumber(value, language, indicator.decimals), unit(indicator));
  return {
    language,
    name,
    unit,
    figure,
    computed,
    number: (value: number, maxDecimals?: number) => formatNumber(value, language, maxDecimals),
    /** The plan as written: "8–8,5%", "dưới 12%", "khoảng 9%", a number; "≈" before a plan implied by a printed % KH. */
    plan: (plan: PlanValue, indicator: Indicator) =>
      plan.kind === 'none'
        ? NO_VALUE_LABELS[language]['missing-plan']
        : plan.origin === 'derived'
          ? `≈ ${computed(plan.value, indicator)}`
          : plan.form
            ? formatPlan(plan.form, language, unit(indicator))
            : figure(plan.value, indicator),
    /** What a % KH was computed against when the plan is more than one number ("so với mức thấp của KH 8–8,5%"), else the empty text. */
    planPoint: (plan: PlanValue) => (plan.kind === 'value' && plan.pointReason ? plan.pointReason[language] : ''),
    /** "ước · 22/02/2017": the mark of a figure that is not final yet, else the empty text. */
    figureMark: (o: Pick<Observation, 'figureKind' | 'asOf'>) => figureMark(o.figureKind, o.asOf, language),
    /** "ước 2.715 tỷ đồng (15/12/2025) → chính thức 2.731 tỷ đồng (20/03/2026)": the figures TH replaced, then TH; else the empty text. */
    figureHistory: (o: Pick<Observation, 'actual' | 'figureKind' | 'asOf' | 'history'>, indicator: Indicator) => historyLine(o, unit(indicator), language),
    /** Why that point ("mức thấp là mức đủ để đạt KH"), else the empty text. */
    planPointWhy: (plan: PlanValue) => (plan.kind === 'value' && plan.pointWhy ? plan.pointWhy[language] : ''),
    percent: (percent: PercentValue) =>
      percent.kind === 'none' ? noValue(percent) : formatPercent(percent.value, language, percent.basis === 'reported' ? 6 : 1),
    measure: (m: Measure, indicator: Indicator) => (m.kind === 'none' ? noValue(m) : computed(m.value, indicator)),
    change: (m: Measure, indicator: Indicator) =>
      m.kind === 'none' ? noValue(m) : withUnit(formatSigned(m.value, language, Math.max(indicator.decimals, 2)), indicator.unit === '%' ? (language === 'vi' ? 'điểm %' : 'pp') : unit(indicator)),
    status: (status: Status) => STATUS_LABELS[language][status],
    noValue,
  };
}

export type Presenters = ReturnType<typeof presenters>;
