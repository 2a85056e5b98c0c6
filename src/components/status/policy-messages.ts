import { criteriaNeeded, includedCriteria, minCoverageOf, type ScoringScheme } from '../../domain/scoring/scoring-scheme';
import { formatNumber, type Language } from '../../domain/numbers/format';
import { defineMessages, interpolate } from '../../lib/language/feature-messages';

/** The ranking's strings about criteria without data (the missing-criteria policy), Vietnamese first. */
const vi = {
  missingCoverage: 'Không tính, nhưng phải đủ độ phủ mới xếp hạng',
  minCoverageLabel: 'Độ phủ tối thiểu (% số tiêu chí có số liệu)',
  explainCoverage: 'Tiêu chí thiếu số liệu không tính vào trung bình; đơn vị có số liệu cho dưới {percent}% số tiêu chí (cần ít nhất {needed} trên {total} tiêu chí) không được xếp hạng mà xếp vào mục «Chưa đủ số liệu để xếp hạng».',
  explainExclude: 'Tiêu chí thiếu số liệu không tính vào trung bình: đơn vị có số liệu cho một tiêu chí cũng được xếp hạng (xem cột Độ phủ).',
  explainZero: 'Tiêu chí thiếu số liệu tính là 0% KH.',
  insufficientTitle: 'Chưa đủ số liệu để xếp hạng',
  insufficientNote: '{n}/{total} tiêu chí, cần ít nhất {needed}',
  whyPolicy: 'Quy tắc với tiêu chí thiếu số liệu: {rule}',
  whyLowCoverage: '{area} chưa đủ số liệu để xếp hạng: có số liệu cho {n}/{total} tiêu chí, cần ít nhất {needed} trên {total} ({percent}%). Các con số dưới đây chỉ để tham khảo, không thành điểm.',
  thinRanked: 'Lưu ý: với quy tắc này, {count} đơn vị được xếp hạng dù có số liệu cho chưa đến một nửa số tiêu chí: {list}.',
} as const;

export type PolicyMessageKey = keyof typeof vi;

const en: Record<PolicyMessageKey, string> = {
  missingCoverage: 'Leave out, but rank only with enough coverage',
  minCoverageLabel: 'Minimum coverage (% of criteria with data)',
  explainCoverage: 'Criteria without data are left out of the mean; a unit with data for less than {percent}% of the criteria (at least {needed} of {total} criteria needed) is not ranked but listed under “Not enough data to rank”.',
  explainExclude: 'Criteria without data are left out of the mean: a unit with data for a single criterion is ranked too (see Coverage).',
  explainZero: 'Criteria without data count as 0% of plan.',
  insufficientTitle: 'Not enough data to rank',
  insufficientNote: '{n}/{total} criteria, at least {needed} needed',
  whyPolicy: 'Rule for criteria without data: {rule}',
  whyLowCoverage: '{area} has not enough data to be ranked: data for {n}/{total} criteria, at least {needed} of {total} ({percent}%) needed. The figures below are for reference only and make no score.',
  thinRanked: 'Note: under this rule {count} units are ranked with data for less than half the criteria: {list}.',
};

export type PolicyTranslate = (key: PolicyMessageKey, params?: Record<string, string | number>) => string;

export const usePolicyT: () => PolicyTranslate = defineMessages<PolicyMessageKey>({ vi, en });

/** The same strings in one language, outside a component (the report builds its ranking section once per language). */
export const policyT = (language: Language): PolicyTranslate => (key, params) => interpolate((language === 'vi' ? vi : en)[key], params);

/** The minimum share as a percentage in the reader's numbers ("50", "33,33"). */
export const coveragePercent = (scheme: ScoringScheme, language: Language): string => formatNumber(minCoverageOf(scheme) * 100, language, 2);

/** The scheme's rule for missing criteria in one sentence, with its numbers for this scheme's criteria. */
export function policyExplain(scheme: ScoringScheme, pt: PolicyTranslate, language: Language): string {
  if (scheme.missing === 'zero') return pt('explainZero');
  if (scheme.missing === 'exclude') return pt('explainExclude');
  const total = includedCriteria(scheme).length;
  return pt('explainCoverage', { percent: coveragePercent(scheme, language), needed: criteriaNeeded(minCoverageOf(scheme), total), total });
}
