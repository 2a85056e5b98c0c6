import { capitalize } from '../text/capitalize';
import { fullName } from '../areas/areas';
import { formatNumber, formatPercent, unitOf, withUnit, type Language } from '../numbers/format';
import type { Area, AreaLevel, Indicator } from '../model';
import type { PlanValue } from '../evaluation/evaluate';
import { formatPlan } from '../evaluation/plan-form';
import { figureMark } from '../evaluation/figure-kind';
import type { MainListOrigin, Outcome, ReviewSummary, TargetResult, UnitSummary } from './summary';

/**
 * The review report's sentences, written by fixed rules in the reports' own idiom ("10/10 chỉ tiêu
 * chủ yếu … đều đạt và vượt, trong đó nhiều chỉ tiêu vượt cao so với kế hoạch như diện tích trồng
 * chè 195,5/150 ha"). Every figure is formatted as the charts format it: a stored figure with all
 * its printed digits, a computed % KH to one decimal, a printed % KH as printed, an implied plan
 * marked "≈" and named as implied. A missing value is said in words, never written as 0.
 */

const ATTACHED = new Set(['%', '‰']);

/** A figure as stored, with its unit: "195,5 ha", "24,88%". */
const figure = (value: number, indicator: Indicator, language: Language) => withUnit(formatNumber(value, language), unitOf(indicator, language));
/** A given plan as written: "khoảng 9%", "8–8,5%", "dưới 12%", or its number. */
const planFigure = (plan: Extract<PlanValue, { kind: 'value' }>, indicator: Indicator, language: Language) =>
  plan.form ? formatPlan(plan.form, language, unitOf(indicator, language)) : figure(plan.value, indicator, language);
/** A computed figure, to the indicator's decimals: an implied plan. */
const computed = (value: number, indicator: Indicator, language: Language) => withUnit(formatNumber(value, language, indicator.decimals), unitOf(indicator, language));
/** A change: rates change by percentage points. */
function changeAmount(value: number, indicator: Indicator, language: Language): string {
  const unit = indicator.unit === '%' ? (language === 'vi' ? 'điểm %' : 'percentage points') : unitOf(indicator, language);
  return withUnit(formatNumber(Math.abs(value), language, Math.max(indicator.decimals, 2)), unit);
}

/** The few indicator names a report puts inside sentences, each cased once (a report asks once per unit and target: 165,000 times for a country of 3,300 communes). */
const inSentenceNames = new Map<string, string>();

/** "Thu ngân sách …" → "thu ngân sách …" inside a sentence; "GRDP …" stays. */
export function inSentence(name: string): string {
  let cased = inSentenceNames.get(name);
  if (cased === undefined) {
    const first = name.split(/\s/, 1)[0] ?? '';
    cased = first.length > 1 && first === first.toLocaleUpperCase('vi') && first !== first.toLocaleLowerCase('vi') ? name : name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
    if (inSentenceNames.size < 10_000) inSentenceNames.set(name, cased);
  }
  return cased;
}

export { capitalize };

const KIND_EN = new Map([['huyện', 'district'], ['xã', 'commune'], ['phường', 'ward'], ['đặc khu', 'special zone'], ['tỉnh', 'province'], ['thành phố', 'city']]);

/** "huyện Tân Uyên" / "Tân Uyên district". */
export function areaName(area: Area, language: Language): string {
  if (language === 'vi') return fullName(area);
  const kind = area.kind ? KIND_EN.get(area.kind.toLocaleLowerCase('vi')) : undefined;
  if (!kind || area.level === 'cluster') return area.name;
  return area.name.toLocaleLowerCase('vi').startsWith(area.kind!.toLocaleLowerCase('vi')) ? `${area.name.slice(area.kind!.length).trim()} ${kind}` : `${area.name} ${kind}`;
}

/** What a level's units are called, plural. */
export function unitsWord(level: AreaLevel | null, language: Language): string {
  if (level === 'commune') return language === 'vi' ? 'xã, phường' : 'communes and wards';
  if (level === 'province') return language === 'vi' ? 'tỉnh, thành phố' : 'provinces';
  return language === 'vi' ? 'huyện, thành phố' : 'districts';
}

const TEXT = {
  vi: {
    of: 'KH',
    reached: ' đạt ',
    impliedPlan: (plan: string) => ` (KH suy ra ≈ ${plan})`,
    planOf: (plan: string) => ` (KH ${plan})`,
    fellFromTo: (name: string, from: string, to: string) => `${name} giảm từ ${from} xuống còn ${to}`,
    estimated: ' ước thực hiện cả năm đạt',
    provisionalAsOf: (mark: string) => ` (${mark})`,
    still: (name: string, value: string) => `${name} còn ${value}`,
    up: (amount: string, year: number) => `, tăng ${amount} so với năm ${year}`,
    down: (amount: string, year: number) => `, giảm ${amount} so với năm ${year}`,
    same: (year: number) => `, bằng năm ${year}`,
    targets: (origin: MainListOrigin) => (origin.kind === 'listed' ? `chỉ tiêu chủ yếu nêu tại ${origin.source}${origin.scope === 'partial' ? ' (một số chỉ tiêu)' : ''}` : 'chỉ tiêu có kế hoạch'),
    count: (n: number, m: number, targets: string) => `${n}/${m} ${targets} ${n === m ? 'đều đạt và vượt kế hoạch' : 'đạt và vượt kế hoạch'}`,
    noneReported: (m: number, targets: string) => `${m} ${targets} ${m === 1 ? 'chưa có' : 'đều chưa có'} số liệu thực hiện`,
    oneFar: (item: string) => `, trong đó chỉ tiêu vượt cao so với kế hoạch là ${item}`,
    manyFar: (items: string) => `, trong đó nhiều chỉ tiêu vượt cao so với kế hoạch như ${items}`,
    specifically: 'Cụ thể',
    otherAchieved: 'Các chỉ tiêu khác đạt và vượt',
    missed: 'Chưa đạt kế hoạch',
    noResult: 'Chưa có số liệu thực hiện',
    noPlan: 'Chưa có kế hoạch để đánh giá',
    others: 'Kết quả khác (không có kế hoạch)',
    othersListed: 'Kết quả khác (ngoài danh mục chỉ tiêu chủ yếu)',
    partialList: 'Văn bản chỉ nêu một số chỉ tiêu chủ yếu; các chỉ tiêu chủ yếu khác chưa có trong dữ liệu.',
    nothing: (name: string, year: number) => `${name}: chưa có số liệu năm ${year}.`,
    noPlans: (name: string, year: number) => `${name} năm ${year}: bộ số liệu chưa có chỉ tiêu nào có kế hoạch`,
    head: (name: string, year: number) => `${name} năm ${year}: `,
    rollUp: (units: string, count: string, n: string, m: string) => `Các ${units} (${count} đơn vị): ${n}/${m} chỉ tiêu có kế hoạch đạt và vượt kế hoạch`,
    allAchieved: (k: number, names: string) => `; ${k} đơn vị đạt và vượt mọi chỉ tiêu có kế hoạch (${names})`,
    noneAllAchieved: '; chưa đơn vị nào đạt và vượt mọi chỉ tiêu có kế hoạch',
    withoutTargets: (names: string) => `Chưa có chỉ tiêu có kế hoạch trong dữ liệu: ${names}.`,
    noUnitTargets: (units: string, count: number, year: number) => `Các ${units} (${count} đơn vị): dữ liệu chưa có chỉ tiêu có kế hoạch năm ${year}.`,
    and: ' và ',
  },
  en: {
    of: 'of plan',
    reached: ' reached ',
    impliedPlan: (plan: string) => ` (implied plan ≈ ${plan})`,
    planOf: (plan: string) => ` (plan ${plan})`,
    fellFromTo: (name: string, from: string, to: string) => `${name} fell from ${from} to ${to}`,
    estimated: ' estimated for the year at',
    provisionalAsOf: (mark: string) => ` (${mark})`,
    still: (name: string, value: string) => `${name} at ${value}`,
    up: (amount: string, year: number) => `, up ${amount} on ${year}`,
    down: (amount: string, year: number) => `, down ${amount} on ${year}`,
    same: (year: number) => `, unchanged on ${year}`,
    targets: (origin: MainListOrigin, m: number) => (origin.kind === 'listed' ? `main ${m === 1 ? 'target' : 'targets'} named in ${origin.source}${origin.scope === 'partial' ? ' (some of the main targets)' : ''}` : `planned ${m === 1 ? 'target' : 'targets'}`),
    count: (n: number, m: number, targets: string) => (n === m ? `${n}/${m} ${targets}, all met or exceeded` : `${n}/${m} ${targets} met or exceeded`),
    noneReported: (m: number, targets: string) => `${m} ${targets}, ${m === 1 ? 'no result yet' : 'none with a result yet'}`,
    oneFar: (item: string) => `; far exceeded: ${item}`,
    manyFar: (items: string) => `; several far exceeded the plan, such as ${items}`,
    specifically: 'In detail',
    otherAchieved: 'Other targets met or exceeded',
    missed: 'Missed',
    noResult: 'No result yet',
    noPlan: 'No plan to assess against',
    others: 'Other results (no plan)',
    othersListed: 'Other results (not on the list of main targets)',
    partialList: 'The document names only some of the main targets; the others are not in the data.',
    nothing: (name: string, year: number) => `${name}: no data for ${year}.`,
    noPlans: (name: string, year: number) => `${name} in ${year}: the data has no target with a plan`,
    head: (name: string, year: number) => `${name} in ${year}: `,
    rollUp: (units: string, count: string, n: string, m: string) => `The ${units} (${count} units): ${n}/${m} planned targets met or exceeded`,
    allAchieved: (k: number, names: string) => `; ${k} met or exceeded every planned target (${names})`,
    noneAllAchieved: '; none met or exceeded every planned target',
    withoutTargets: (names: string) => `No planned target in the data: ${names}.`,
    noUnitTargets: (units: string, count: number, year: number) => `The ${units} (${count} units): the data has no planned target for ${year}.`,
    and: ' and ',
  },
} as const;

/** "a, b và c" / "a, b and c". */
export function listOf(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${TEXT[language].and}${items.at(-1)}`;
}

/** % KH as the charts show it: computed to one decimal, printed as printed. */
export function percentText(result: TargetResult, language: Language): string | null {
  const percent = result.evaluation?.percent;
  if (!percent || percent.kind === 'none') return null;
  return formatPercent(percent.value, language, percent.basis === 'reported' ? 6 : 1);
}

/**
 * One target in the reports' idiom: "diện tích trồng chè mới 195,5/150 ha, đạt 130,3% KH",
 * "thu ngân sách … đạt 203% KH", "tỷ lệ hộ nghèo giảm từ 30,32% xuống còn 25,64%",
 * "thu nhập bình quân đầu người 25,2 triệu đồng/người, tăng 4,2 triệu đồng/người so với năm 2018".
 */
export function targetPhrase(result: TargetResult, year: number, language: Language): string {
  const t = TEXT[language];
  const { indicator, evaluation, previousActual } = result;
  const actual = evaluation?.actual ?? null;
  // An estimate is said as the year-end review says it: "… ước thực hiện cả năm đạt …", its date after the phrase.
  const mark = actual !== null && evaluation ? figureMark(evaluation.observation.figureKind, evaluation.observation.asOf, language) : '';
  const estimate = mark !== '' && evaluation?.observation.figureKind === 'estimate';
  const name = `${inSentence(language === 'vi' ? indicator.nameVi : indicator.nameEn)}${estimate ? t.estimated : ''}`;
  const plan = evaluation?.plan ?? { kind: 'none' as const };
  let text: string;
  let changeSaid = false;
  if (actual === null) {
    text = name;
  } else if (indicator.direction === 'lower_is_better' && previousActual !== null && actual < previousActual) {
    text = t.fellFromTo(name, figure(previousActual, indicator, language), figure(actual, indicator, language));
    changeSaid = true;
  } else if (plan.kind === 'value' && plan.origin === 'given') {
    const unit = unitOf(indicator, language);
    text = plan.form
      ? `${name} ${figure(actual, indicator, language)}${t.planOf(planFigure(plan, indicator, language))}`
      : ATTACHED.has(unit) || unit === ''
      ? `${name} ${figure(actual, indicator, language)}${t.planOf(figure(plan.value, indicator, language))}`
      : `${name} ${withUnit(`${formatNumber(actual, language)}/${formatNumber(plan.value, language)}`, unit)}`;
  } else if (indicator.direction === 'lower_is_better' && previousActual === null) {
    // "Tỷ lệ hộ nghèo còn 29,28%" (seed 004): what is left, when last year's figure is not known.
    text = t.still(name, figure(actual, indicator, language));
  } else {
    text = `${name} ${figure(actual, indicator, language)}`;
  }
  const percent = percentText(result, language);
  // A % KH against a range's end or a bound says which ("đạt 103,8% so với mức thấp của KH 8–8,5").
  const against = plan.kind === 'value' && plan.pointReason && evaluation?.percent.kind === 'value' && evaluation.percent.basis === 'computed' ? plan.pointReason[language] : t.of;
  if (percent !== null) text += `${actual === null ? t.reached : `,${t.reached}`}${percent} ${against}`;
  if (plan.kind === 'value' && plan.origin === 'derived') text += t.impliedPlan(computed(plan.value, indicator, language));
  if (actual === null && plan.kind === 'value' && plan.origin === 'given' && percent === null) text += t.planOf(planFigure(plan, indicator, language));
  if (mark !== '') text += t.provisionalAsOf(mark);
  if (!changeSaid && actual !== null && previousActual !== null) {
    const difference = actual - previousActual;
    if (Number.isFinite(difference)) text += difference > 0 ? t.up(changeAmount(difference, indicator, language), year - 1) : difference < 0 ? t.down(changeAmount(difference, indicator, language), year - 1) : t.same(year - 1);
  }
  return text;
}

const phrases = (results: readonly TargetResult[], year: number, language: Language) => results.map((r) => targetPhrase(r, year, language)).join('; ');

/** A unit's paragraph (or the province's own, without its units). */
export function unitParagraph(summary: UnitSummary, language: Language): string {
  const t = TEXT[language];
  const name = capitalize(areaName(summary.area, language));
  const { year } = summary;
  if (summary.targets.length === 0) {
    if (summary.others.length === 0) return t.nothing(name, year);
    return `${t.noPlans(name, year)}; ${t.others.charAt(0).toLocaleLowerCase('vi')}${t.others.slice(1)}: ${phrases(summary.others, year, language)}.`;
  }
  const m = summary.targets.length;
  const targets = t.targets(summary.origin, m);
  // Nothing reported yet: say so of the whole list, not "0/M đạt".
  // A listed target with a figure but no plan cannot be assessed: it is not "no result".
  const unplanned = summary.noResult.filter((r) => (r.evaluation?.actual ?? null) !== null);
  const unreported = summary.noResult.filter((r) => !unplanned.includes(r));
  const noneReported = unreported.length === m;
  let text = t.head(name, year) + (noneReported ? `${t.noneReported(m, targets)}: ${phrases(unreported, year, language)}` : t.count(summary.achieved, m, targets));
  if (summary.farExceeded.length === 1) text += t.oneFar(phrases(summary.farExceeded, year, language));
  else if (summary.farExceeded.length > 1) text += t.manyFar(phrases(summary.farExceeded, year, language));
  text += '.';
  if (summary.otherAchieved.length > 0) text += ` ${summary.farExceeded.length > 0 ? t.otherAchieved : t.specifically}: ${phrases(summary.otherAchieved, year, language)}.`;
  if (summary.missed.length > 0) text += ` ${t.missed}: ${phrases(summary.missed, year, language)}.`;
  if (unreported.length > 0 && !noneReported) text += ` ${t.noResult}: ${phrases(unreported, year, language)}.`;
  if (unplanned.length > 0) text += ` ${t.noPlan}: ${phrases(unplanned, year, language)}.`;
  if (summary.others.length > 0) text += ` ${summary.origin.kind === 'listed' ? t.othersListed : t.others}: ${phrases(summary.others, year, language)}.`;
  if (summary.origin.kind === 'listed' && summary.origin.scope === 'partial') text += ` ${t.partialList}`;
  return text;
}

/** The province's paragraph: its own targets, then its units' roll-up. */
export function parentParagraph(review: ReviewSummary, unitLevel: AreaLevel | null, language: Language): string {
  const t = TEXT[language];
  const own = unitParagraph(review.parent, language);
  if (review.units.length === 0) return own;
  if (review.unitsTargets === 0) return `${own} ${t.noUnitTargets(unitsWord(unitLevel, language), review.units.length, review.year)}`;
  const names = (areas: readonly Area[]) => listOf(areas.map((a) => areaName(a, language)), language);
  // A country's roll-up runs to thousands: "6.561/13.689", in the language's figures.
  const count = (n: number) => formatNumber(n, language, 0);
  let rollUp = t.rollUp(unitsWord(unitLevel, language), count(review.units.length), count(review.unitsAchieved), count(review.unitsTargets));
  rollUp += review.unitsAllAchieved.length > 0 ? t.allAchieved(review.unitsAllAchieved.length, names(review.unitsAllAchieved)) : t.noneAllAchieved;
  rollUp += '.';
  if (review.unitsWithoutTargets.length > 0) rollUp += ` ${t.withoutTargets(names(review.unitsWithoutTargets))}`;
  return `${own} ${rollUp}`;
}

/** The assessment column of the tables ("đánh giá"). */
export const OUTCOME_LABELS: Record<Language, Record<Outcome, string>> = {
  vi: { 'far-exceeded': 'Vượt cao', exceeded: 'Vượt', met: 'Đạt', missed: 'Chưa đạt', 'no-result': 'Chưa có số liệu' },
  en: { 'far-exceeded': 'Far exceeded', exceeded: 'Exceeded', met: 'Met', missed: 'Missed', 'no-result': 'No result yet' },
};

/** One row of "Kết quả thực hiện các chỉ tiêu chủ yếu": the same figures as the charts and the text. */
export interface TargetRow {
  indicator: string;
  unit: string;
  plan: string;
  actual: string;
  percent: string;
  assessment: string;
}

const NO_PLAN: Record<Language, string> = { vi: 'chưa có kế hoạch', en: 'no plan' };
const NO_ACTUAL: Record<Language, string> = { vi: 'chưa có số thực hiện', en: 'no actual yet' };
const NO_PERCENT: Record<Language, string> = { vi: 'không tính được', en: 'not computable' };

export function targetRow(result: TargetResult, language: Language): TargetRow {
  const { indicator, evaluation } = result;
  const number = (value: number) => formatNumber(value, language);
  const plan = evaluation?.plan;
  return {
    indicator: language === 'vi' ? indicator.nameVi : indicator.nameEn,
    unit: unitOf(indicator, language),
    plan: !plan || plan.kind === 'none' ? NO_PLAN[language] : plan.origin === 'given' ? (plan.form ? formatPlan(plan.form, language) : number(plan.value)) : `≈ ${formatNumber(plan.value, language, indicator.decimals)}`,
    actual: evaluation?.actual === null || evaluation?.actual === undefined ? NO_ACTUAL[language] : number(evaluation.actual),
    percent: percentText(result, language) ?? NO_PERCENT[language],
    // A listed target with a figure but no plan cannot be assessed, as the paragraph says: it is not "no data".
    assessment: result.outcome === 'no-result' && (evaluation?.actual ?? null) !== null ? TEXT[language].noPlan : OUTCOME_LABELS[language][result.outcome],
  };
}
