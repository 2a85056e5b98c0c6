import { readPeriod, type PeriodCode } from '../periods/period';

/**
 * Which figure a header's words name: the plan (Kế hoạch, KH), the actual (Thực hiện, TH) or the
 * % of plan (% KH, So sánh, Tỷ lệ đạt, TH/KH …). A column is % of plan only when its words say so:
 * the bracketed unit "(%)" of a rate ("Tỷ lệ hộ nghèo (%) - Kế hoạch") says nothing about which
 * figure it is, and a "Kế hoạch" / "KH" that is not part of a % phrase makes the column the plan.
 */
export type FigureKind = 'plan' | 'actual' | 'percent_of_plan';

/** Folded, one space between words; the unit bracket "(%)" becomes the word "pctunit", a bare % the word "%". */
export function foldFigureLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[([]\s*%\s*[)\]]/g, ' pctunit ')
    .replace(/%/g, ' % ')
    .replace(/\s*\/\s*/g, '/')
    .replace(/[_\-–—:()[\].,;]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const KH = '(?:kh|ke hoach|plan)';
const YEAR = '(?: nam)?(?: \\d{4})?';
const UNIT = '(?: pctunit| %)?';
/** "so với KH", "so KH": a comparison needs its word ("Dân số KH" is the plan of Dân số). */
const VS = ` (?:so voi|so|voi) ${KH}`;

/** Whole labels (folded) that say "% of plan". Each is tight: an indicator's own words ("Tỷ lệ xã đạt chuẩn (%)") do not match. */
const PERCENT = [
  `% ?${KH}${YEAR}`,
  `(?:(?:% |ty le )so (?:voi )?|so voi )${KH}${YEAR}${UNIT}`,
  'so sanh(?: .*)?',
  `ty le (?:dat|hoan thanh)(?:${VS}| ${KH})?${YEAR}${UNIT}`,
  `(?:muc )?dat(?:${VS})? (?:%|pctunit)`,
  `% dat(?:${VS})?`,
  `(?:uoc )?(?:th|thuc hien)/${KH}${UNIT}`,
  `%? ?(?:uoc )?(?:th|thuc hien)${VS}${UNIT}`,
  `(?:%|percent|pct) (?:of )?(?:plan|target)`,
  'percent of plan|percent_of_plan|% achieved|achievement(?: rate)?(?: pctunit| %)?|attainment(?: pctunit| %)?',
  `(?:actual )?vs ?${KH}${UNIT}`,
].map((p) => new RegExp(`^(?:${p})$`));

/** The words of a plan column, with or without its year ("Kế hoạch", "KH giao 2025", "Chỉ tiêu KH"). */
const PLAN_WORDS = '(?:kh|ke hoach|kh giao|ke hoach giao|chi tieu (?:kh|ke hoach)|plan|planned|target)';
const PLAN = new RegExp(`^${PLAN_WORDS}${YEAR}(?: pctunit)?$`);
const ACTUAL = new RegExp(`^(?:th|thuc hien|uoc th|uoc thuc hien|ket qua|actual|achieved)${YEAR}(?: pctunit)?$`);

/** "So sánh cùng kỳ (%)", "% so với năm trước": a change on an earlier period, never % of plan (folded words). */
export const AGAINST_ANOTHER_PERIOD = /\b(cung ky|nam truoc|cung thoi ky|thang truoc|quy truoc|ky truoc)\b/;

/** The figure a whole label names, judged on its folded words; null when it names none. */
export function figureKindOfLabel(label: string): FigureKind | null {
  const folded = foldFigureLabel(label);
  if (folded === '' || AGAINST_ANOTHER_PERIOD.test(folded)) return null;
  if (PERCENT.some((p) => p.test(folded))) return 'percent_of_plan';
  if (PLAN.test(folded)) return 'plan';
  if (ACTUAL.test(folded)) return 'actual';
  return null;
}

const SEPARATOR = /[\s_\-–—(:/[›]/;
/** A trailing bracket of a unit ("(tỷ đồng)", "(%)", "[người]"): dropped when the words before it name the figure. */
const TRAILING_UNIT = /\s*[([][^()[\]]*[)\]]\s*$/;

/**
 * A wide column's header split into an indicator's name and the figure it holds: "Thu ngân sách KH",
 * "GRDP_TH", "Tỷ lệ hộ nghèo (% KH)", "Tỷ lệ hộ nghèo (%) - Kế hoạch" (the plan). The longest trailing
 * words that name a figure win, so "So sánh TH/KH" is read whole before its last "KH".
 */
export function splitFigureHeader(header: string): { name: string; field: FigureKind } | null {
  const whole = header.trim();
  for (let text = whole, n = 0; text !== '' && n < 3; n++) {
    const split = splitOnce(text);
    if (split) return split;
    const stripped = text.replace(TRAILING_UNIT, '');
    if (stripped === text) break;
    text = stripped;
  }
  return null;
}

const UNIT_PERCENT = /[([]\s*%\s*[)\]]/g;

function splitOnce(text: string): { name: string; field: FigureKind } | null {
  // A label never starts inside the unit bracket "(%)": "%) - Kế hoạch" is not "% KH".
  const inside = [...text.matchAll(UNIT_PERCENT)].map((m) => [m.index, m.index + m[0].length] as const);
  for (let i = 1; i < text.length; i++) {
    if (!SEPARATOR.test(text[i - 1]!) && !(text[i] === '(' || text[i] === '%')) continue;
    if (inside.some(([from, to]) => i > from && i < to)) continue;
    const field = figureKindOfLabel(text.slice(i));
    if (!field) continue;
    const name = withoutUnit(text.slice(0, i).replace(/[\s_\-–—(:/[›]+$/, ''));
    if (/[\p{L}\p{N}]/u.test(name)) return { name, field };
  }
  return null;
}

/** The name without its trailing separators and unit bracket: "Tỷ lệ hộ nghèo (%) -" → "Tỷ lệ hộ nghèo". */
function withoutUnit(name: string): string {
  const trimmed = name.trim();
  const bare = trimmed.replace(TRAILING_UNIT, '').replace(/[\s_\-–—(:/[›]+$/, '').trim();
  return /[\p{L}\p{N}]/u.test(bare) ? bare : trimmed;
}

/** A figure column of one year, as a report's table heads it: "Thực hiện năm 2024", "Kế hoạch năm 2025", "Ước thực hiện năm 2025". */
export interface DatedFigure {
  field: 'plan' | 'actual';
  year: number;
  /** "Ước thực hiện", "Ước tính", "Ước TH": the year's figure is an estimate. */
  estimate: boolean;
}

const DATED_ACTUAL = '(?:(uoc) (?:th|thuc hien|tinh|dat)|(uoc)|th|thuc hien|ket qua|actual|achieved|(estimated?)|(estimated?) actual)';
const DATED = new RegExp(`^(?:nam ((?:19|20)\\d\\d) )?(?:(${PLAN_WORDS})|${DATED_ACTUAL})(?: ca)?(?: nam)?(?: ((?:19|20)\\d\\d))?$`);

/**
 * The year and figure a header names when it names both: "Thực hiện năm 2024", "KH 2025", "Ước thực hiện
 * cả năm 2025", "Năm 2024 › TH" (a two-row header joined); null for a header without a year, with two, or
 * of a period within the year ("Thực hiện 6 tháng 2025": periods are read on their own).
 */
export function datedFigureOfLabel(label: string): DatedFigure | null {
  const folded = foldFigureLabel(label.replace(/›/g, ' ').replace(TRAILING_UNIT, ''));
  const m = DATED.exec(folded);
  if (!m) return null;
  const [, before, plan, uocTh, uoc, estimated, estimatedActual, after] = m;
  if ((before === undefined) === (after === undefined)) return null;
  return { field: plan ? 'plan' : 'actual', year: Number(before ?? after), estimate: Boolean(uocTh ?? uoc ?? estimated ?? estimatedActual) };
}

/** A figure column of a period within the year, as a monthly or six-month report heads it: "Thực hiện 6 tháng", "Lũy kế 6 tháng", "Ước TH tháng 11/2025", "Ước thực hiện 9 tháng năm 2025". */
export interface PeriodFigure {
  period: PeriodCode;
  /** The year the header names, if it names one ("6 tháng đầu năm 2025"); else the file's year column or form title gives it. */
  year: number | undefined;
  estimate: boolean;
}

const PERIOD_PREFIX = /^(?:(uoc) (?:th|thuc hien|tinh|dat) |(uoc) |(?:th|thuc hien|ket qua|actual) )?(.+)$/;

/** The period and estimate a figure header names; null for a header of no period, of the whole year, or of a plan. */
export function periodFigureOfLabel(label: string): PeriodFigure | null {
  const folded = foldFigureLabel(label.replace(/›/g, ' ').replace(TRAILING_UNIT, ''));
  const m = PERIOD_PREFIX.exec(folded);
  if (!m) return null;
  const rest = m[3]!;
  // Only period words after the figure's ("tháng 11", "6 tháng đầu năm", "lũy kế 5 tháng"), a year at most after them.
  const year = /(?:^|[ /])(?:nam )?((?:19|20)\d\d)$/.exec(rest)?.[1];
  const period = readPeriod(year === undefined ? rest : rest.slice(0, rest.length - year.length).replace(/(?: nam)? ?$/, '').replace(/\/$/, ''));
  if (!period) return null;
  // "Lũy kế" alone, or a bare month name, is a period's figure only beside the words of a figure or the running total.
  if (m[1] === undefined && m[2] === undefined && !/^(?:th|thuc hien|ket qua|actual) /.test(folded) && !/^luy ke /.test(rest)) return null;
  return { period, year: year === undefined ? undefined : Number(year), estimate: Boolean(m[1] ?? m[2]) };
}
