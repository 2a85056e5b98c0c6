/**
 * % KH is never silent. A column is % of plan only when its header says so ("So sánh (%)", "% KH",
 * "Tỷ lệ đạt", "đạt … %", "TH/KH (%)", "% thực hiện so với kế hoạch"); the bracketed unit "(%)" alone is
 * never enough ("Tỷ lệ hộ nghèo (%) - Kế hoạch" is the PLAN of a percent indicator). And a column taken as
 * % KH is checked against its rows' own plan and actual: when more than half disagree, the mapping is refused.
 */
import type { Direction } from '../model';
import type { Localized } from '../issues';
import { fieldForHeader } from '../observations/header-aliases';
import { AGAINST_ANOTHER_PERIOD } from '../observations/figure-header';
import { foldText } from '../text/text-key';
import { percentOfPlan } from '../evaluation/percent-of-plan';
import { PERCENT_TOLERANCE_POINTS } from '../evaluation/evaluate';
import { isRefused, PercentColumnTally, percentColumnRefusedMessage } from '../validation/percent-column-check';

export interface PercentVerdict {
  percentOfPlan: boolean;
  /** Why, in both languages: the words of the header that decided. */
  reason: Localized;
}

const fold = (h: string) => foldText(h.replace(/%/g, ' % ')).replace(/\s+/g, ' ');

/** The last part of a header: after " › " (a merged header) or " - " ("Tỷ lệ hộ nghèo (%) - Kế hoạch"). */
export const headerLeaf = (header: string): string => header.split(/\s+›\s+|\s+[-–]\s+/).at(-1)?.trim() ?? header;

/** Headers that say % of plan, folded: each is one way the office writes it. */
const SAYS_PERCENT_OF_PLAN: readonly { pattern: RegExp; words: string }[] = [
  { pattern: /\bso sanh\b/, words: 'So sánh' },
  { pattern: /% ?(so )?(voi )?(kh|ke hoach)\b/, words: '% KH' },
  { pattern: /\bty le (dat|hoan thanh)\b/, words: 'Tỷ lệ đạt' },
  { pattern: /\bdat\b.*%|%.*\bdat\b/, words: 'đạt … %' },
  { pattern: /\bth kh\b/, words: 'TH/KH' },
  { pattern: /\b(thuc hien|th) so (voi )?(kh|ke hoach)\b/, words: 'thực hiện so với kế hoạch' },
  // "so với", never "so" alone: "Sở Kế hoạch và Đầu tư" folds to "so ke hoach".
  { pattern: /\bso voi (kh|ke hoach)\b/, words: 'so với kế hoạch' },
];

export function percentColumnVerdict(header: string): PercentVerdict {
  const leaf = headerLeaf(header);
  const leafField = fieldForHeader(leaf);
  if (leafField === 'plan' || leafField === 'actual') {
    const what = leafField === 'plan' ? { vi: 'kế hoạch', en: 'plan' } : { vi: 'thực hiện', en: 'actual' };
    return no(`"${header}" là số ${what.vi} của một chỉ tiêu${/%/.test(header) ? ' tính bằng %' : ''}, không phải % KH.`, `"${header}" is the ${what.en} of an indicator${/%/.test(header) ? ' measured in %' : ''}, not % of plan.`);
  }
  const folded = fold(header);
  if (AGAINST_ANOTHER_PERIOD.test(folded))
    return no(`"${header}" so với kỳ trước, không phải với kế hoạch: không phải % KH.`, `"${header}" compares with an earlier period, not the plan: not % of plan.`);
  if (fieldForHeader(header) === 'percent_of_plan' || leafField === 'percent_of_plan')
    return yes(`"${header}" là tên cột % KH.`, `"${header}" is a % of plan column name.`);
  const said = SAYS_PERCENT_OF_PLAN.find((s) => s.pattern.test(folded));
  if (said) return yes(`"${header}" ghi «${said.words}»: là % KH.`, `"${header}" says "${said.words}": % of plan.`);
  if (/%/.test(header))
    return no(`"${header}" chỉ có đơn vị (%), không nói là so với kế hoạch: không coi là % KH.`, `"${header}" has only the unit (%) and does not say it compares with the plan: not taken as % of plan.`);
  return no(`"${header}" không nói là % KH.`, `"${header}" does not say % of plan.`);
}
const yes = (vi: string, en: string): PercentVerdict => ({ percentOfPlan: true, reason: { vi, en } });
const no = (vi: string, en: string): PercentVerdict => ({ percentOfPlan: false, reason: { vi, en } });

export interface PercentRow {
  /** 1-based sheet row. */
  row: number;
  percent: number | null;
  plan: number | null;
  actual: number | null;
}

export interface PercentCheck {
  /** Rows with a printed % and a computable actual/plan. */
  compared: number;
  /** Rows whose printed % differs from the computed one by more than PERCENT_TOLERANCE_POINTS. */
  disagreeing: { row: number; printed: number; computed: number }[];
  /** More than half disagree: the column is not % KH for these plan and actual columns. */
  refused: boolean;
  reason: Localized | null;
}

/**
 * Checks a column taken as % KH against each row's plan and actual (plan/actual × 100 when lower is
 * better), by the CSV upload's rule and words (validation/percent-column-check.ts).
 */
export function checkPercentColumn(rows: readonly PercentRow[], direction: Direction, header = '% KH'): PercentCheck {
  const tally = new PercentColumnTally();
  const disagreeing: PercentCheck['disagreeing'] = [];
  for (const r of rows) {
    if (r.percent === null || r.plan === null || r.actual === null) continue;
    const computed = percentOfPlan(direction, r.plan, r.actual);
    if (computed.kind !== 'value') continue;
    const differs = Math.abs(computed.value - r.percent) > PERCENT_TOLERANCE_POINTS;
    if (differs) disagreeing.push({ row: r.row, printed: r.percent, computed: computed.value });
    tally.add(header, differs, () => ({ row: r.row, plan: r.plan as number, actual: r.actual as number, reported: r.percent as number, computed: computed.value }));
  }
  const check = tally.result()[0];
  const refused = check !== undefined && isRefused(check);
  return { compared: check?.checked ?? 0, disagreeing, refused, reason: refused ? percentColumnRefusedMessage(check) : null };
}
