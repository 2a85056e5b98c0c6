import { issue, type Localized, type ParseIssue, type ParseResult } from '../issues';
import { LIMITS } from '../limits';
import { shortValue } from '../text/safe-text';
import { parseSchemeText, type ScoringScheme } from './scoring-scheme';

/** Where a scheme text came from, as the start of a sentence. */
export const SCHEME_IN_LINK: Localized = { vi: 'Bộ tiêu chí trong đường dẫn (?scheme=)', en: 'The scheme in the link (?scheme=)' };
export const SCHEME_SAVED: Localized = { vi: 'Bộ tiêu chí đã lưu trên máy này', en: 'The scheme saved on this computer' };

const FORM = { vi: 'mỗi tiêu chí có dạng mã:trọng số:trần, trọng số 0–1000, trần 1–1000, ví dụ budget_revenue:1:150', en: 'each criterion reads id:weight:cap, weight 0–1000, cap 1–1000, e.g. budget_revenue:1:150' };

const refused = (code: string, value: string, message: Localized): ParseIssue => issue('error', code, { column: 'scheme', value: shortValue(value).vi }, message);

/**
 * Reads a scheme carried as text (a link's ?scheme=, or the copy saved on this computer), its
 * size and number of criteria checked before anything else is parsed. With `knownIndicators`,
 * an id the dataset does not have is an error, never a criterion.
 */
export function readSchemeText(text: string, where: Localized, knownIndicators: ReadonlySet<string> | null): ParseResult<ScoringScheme> {
  if (text.length > LIMITS.schemeLinkChars) {
    return { ok: false, issues: [refused('scheme-too-long', text, {
      vi: `${where.vi} dài ${text.length.toLocaleString('vi-VN')} ký tự, quá giới hạn ${LIMITS.schemeLinkChars.toLocaleString('vi-VN')} (“${shortValue(text, 30).vi}”), nên không được đọc. Hãy chia sẻ bộ tiêu chí bằng tệp JSON (“Tải bộ tiêu chí”).`,
      en: `${where.en} is ${text.length.toLocaleString('en-GB')} characters long, over the limit of ${LIMITS.schemeLinkChars.toLocaleString('en-GB')} (“${shortValue(text, 30).en}”), so it was not read. Share the scheme as a JSON file (“Download the scheme”) instead.`,
    })] };
  }
  let sections = 0;
  for (let i = text.indexOf(';'); i !== -1; i = text.indexOf(';', i + 1)) sections++;
  // The optional level section (;@commune) is not a criterion.
  const criteria = Math.max(sections - 1 - (text.includes(';@') ? 1 : 0), 0);
  if (criteria > LIMITS.schemeCriteria) {
    return { ok: false, issues: [refused('too-many-criteria', text, {
      vi: `${where.vi} có ${criteria} tiêu chí, quá giới hạn ${LIMITS.schemeCriteria}. Bỏ bớt tiêu chí.`,
      en: `${where.en} has ${criteria} criteria, over the limit of ${LIMITS.schemeCriteria}. Remove some.`,
    })] };
  }
  const parsed = parseSchemeText(text);
  if (!parsed.ok) {
    const { problem } = parsed;
    const part = shortValue(problem.part, 40);
    const message: Localized =
      problem.at === 'level'
        ? { vi: `${where.vi}: cấp xếp hạng “${part.vi}” không có; dùng @district (huyện), @commune (xã, phường) hoặc @province (tỉnh).`, en: `${where.en}: the ranked level “${part.en}” does not exist; use @district, @commune or @province.` }
        : problem.at === 'head'
        ? { vi: `${where.vi} phải bắt đầu bằng x, z hoặc v với độ phủ tối thiểu 0–100 (v50), rồi c hoặc s (thấy “${part.vi}”). Mở lại từ nút “Về bộ tiêu chí mặc định”.`, en: `${where.en} must start with x, z or v with a minimum coverage of 0–100 (v50), then c or s (found “${part.en}”). Start again from “Back to the default scheme”.` }
        : problem.reason === 'duplicate'
          ? { vi: `${where.vi}: tiêu chí ${problem.at} “${part.vi}” lặp lại một chỉ tiêu đã có. Giữ một.`, en: `${where.en}: criterion ${problem.at} “${part.en}” repeats an indicator. Keep one.` }
          : { vi: `${where.vi}: tiêu chí ${problem.at} “${part.vi}” không đọc được; ${FORM.vi}.`, en: `${where.en}: criterion ${problem.at} “${part.en}” cannot be read; ${FORM.en}.` };
    const code = problem.at === 'head' ? 'bad-scheme-head' : problem.at === 'level' ? 'bad-scheme-level' : `${problem.reason}-criterion`;
    return { ok: false, issues: [refused(code, problem.part, message)] };
  }
  const unknown = knownIndicators ? parsed.scheme.criteria.flatMap((c, n) => (knownIndicators.has(c.indicator) ? [] : [{ n: n + 1, id: c.indicator }])) : [];
  if (unknown.length > 0) {
    return {
      ok: false,
      issues: unknown.slice(0, 10).map(({ n, id }) => refused('unknown-indicator', id, {
        vi: `${where.vi}: tiêu chí ${n} là “${shortValue(id, 40).vi}”, bộ số liệu không có chỉ tiêu này. Bỏ tiêu chí đó, hoặc dùng phiên bản số liệu có chỉ tiêu này.`,
        en: `${where.en}: criterion ${n} is “${shortValue(id, 40).en}”, an indicator the dataset does not have. Remove it, or use a data version that has it.`,
      })),
    };
  }
  return { ok: true, data: parsed.scheme, warnings: [] };
}
