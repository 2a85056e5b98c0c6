import { z } from '../zod';
import { issue, resultOf, type ParseIssue, type ParseResult } from '../issues';
import { formatBytes, LIMITS } from '../limits';
import { shortValue } from '../text/safe-text';
import { DEFAULT_CAP, DEFAULT_MIN_COVERAGE, MISSING_POLICIES, minCoverageOf, RANKED_LEVELS, type ScoringScheme } from './scoring-scheme';

/** The exported scoring scheme: a small JSON file a committee can keep, mail and re-import. */
export const SCHEME_FILE_FORMAT = 'chi-tieu-scoring-scheme';

const criterionSchema = z.object({
  indicator: z.string().check(z.regex(/^[A-Za-z0-9_.-]+$/)),
  weight: z.number().check(z.gte(0), z.lte(1000)),
  cap: z._default(z.number().check(z.gte(1), z.lte(1000)), DEFAULT_CAP),
  included: z._default(z.boolean(), true),
});

const schemeFileSchema = z.object({
  format: z.literal(SCHEME_FILE_FORMAT),
  version: z.literal(1),
  /**
   * Files before the coverage policy say "exclude" or "zero" and keep that meaning; a file that
   * names no policy (written by hand) gets the default, coverage at one half.
   */
  missing: z._default(z.enum(MISSING_POLICIES), 'coverage'),
  /** The coverage policy's minimum share of criteria with data, 0–1. */
  minCoverage: z.optional(z.number().check(z.gte(0), z.lte(1))),
  tieBreak: z._default(z.enum(['coverage', 'shared']), 'coverage'),
  /** The level ranked; files written before the 2025 reform have none. */
  level: z.optional(z.enum(RANKED_LEVELS)),
  criteria: z.array(criterionSchema).check(z.maxLength(LIMITS.schemeCriteria)),
});

/** A scheme file over LIMITS.schemeBytes is refused before it is read or parsed. */
export function schemeFileTooLarge(bytes: number): ParseIssue | null {
  if (bytes <= LIMITS.schemeBytes) return null;
  return issue('error', 'file-too-large', { value: formatBytes(bytes) }, {
    vi: `Tệp nặng ${formatBytes(bytes)}, quá giới hạn ${formatBytes(LIMITS.schemeBytes)} của một bộ tiêu chí, nên không được đọc. Chọn tệp đã tải từ nút “Tải bộ tiêu chí”.`,
    en: `The file is ${formatBytes(bytes)}, over the ${formatBytes(LIMITS.schemeBytes)} limit of a scheme, so it was not read. Choose a file made by “Download the scheme”.`,
  });
}

export function schemeToJson(scheme: ScoringScheme): string {
  return `${JSON.stringify({ format: SCHEME_FILE_FORMAT, version: 1, missing: scheme.missing, ...(scheme.missing === 'coverage' ? { minCoverage: minCoverageOf(scheme) } : {}), tieBreak: scheme.tieBreak, ...(scheme.level ? { level: scheme.level } : {}), criteria: scheme.criteria }, null, 2)}\n`;
}

/** What each field must hold, said the way a person fixes it. */
const FIELD_HINT: Record<string, { vi: string; en: string }> = {
  format: { vi: `phải là "${SCHEME_FILE_FORMAT}"`, en: `must be "${SCHEME_FILE_FORMAT}"` },
  version: { vi: 'phải là 1', en: 'must be 1' },
  missing: { vi: 'phải là "coverage" (đủ độ phủ mới xếp hạng), "exclude" (không tính) hoặc "zero" (tính là 0% KH)', en: 'must be "coverage" (ranked only with enough data), "exclude" (left out) or "zero" (counted as 0% of plan)' },
  minCoverage: { vi: 'phải là tỷ lệ từ 0 đến 1 (0.5 = một nửa số tiêu chí)', en: 'must be a share from 0 to 1 (0.5 = half the criteria)' },
  tieBreak: { vi: 'phải là "coverage" hoặc "shared"', en: 'must be "coverage" or "shared"' },
  level: { vi: 'phải là "district" (huyện), "commune" (xã, phường) hoặc "province" (tỉnh)', en: 'must be "district", "commune" or "province"' },
  criteria: { vi: `phải là một danh sách tối đa ${LIMITS.schemeCriteria} tiêu chí`, en: `must be a list of at most ${LIMITS.schemeCriteria} criteria` },
  indicator: { vi: 'phải là mã chỉ tiêu (chữ, số, _ . -)', en: 'must be an indicator id (letters, digits, _ . -)' },
  weight: { vi: 'phải là số từ 0 đến 1000', en: 'must be a number from 0 to 1000' },
  cap: { vi: 'phải là số từ 1 đến 1000 (% KH)', en: 'must be a number from 1 to 1000 (% of plan)' },
  included: { vi: 'phải là true hoặc false', en: 'must be true or false' },
};

/**
 * Reads an exported scheme, its size checked first. Problems name the field ("criteria[2].weight"),
 * the value found and what it must be; an indicator the dataset does not know is an error, never a criterion.
 */
export function parseSchemeJson(text: string, knownIndicators: readonly string[]): ParseResult<ScoringScheme> {
  const tooLarge = schemeFileTooLarge(new TextEncoder().encode(text).length);
  if (tooLarge) return { ok: false, issues: [tooLarge] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, issues: [issue('error', 'not-json', {}, { vi: 'Tệp không phải JSON hợp lệ.', en: 'The file is not valid JSON.' })] };
  }
  const parsed = schemeFileSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.slice(0, 10).map((i) => {
        const column = i.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '') || null;
        const field = [...i.path].reverse().find((k): k is string => typeof k === 'string') ?? 'format';
        const hint = FIELD_HINT[field] ?? { vi: 'giá trị không hợp lệ', en: 'invalid value' };
        return issue('error', 'invalid-field', { column, value: valueAt(raw, i.path) }, { vi: `“${column ?? field}” ${hint.vi}.`, en: `“${column ?? field}” ${hint.en}.` });
      }),
    };
  }
  const issues: ParseIssue[] = [];
  const seen = new Set<string>();
  const known = new Set(knownIndicators);
  parsed.data.criteria.forEach((c, n) => {
    const column = `criteria[${n}].indicator`;
    if (seen.has(c.indicator)) issues.push(issue('error', 'duplicate-criterion', { column, value: c.indicator }, { vi: `Chỉ tiêu “${c.indicator}” xuất hiện hai lần; giữ một dòng.`, en: `Indicator “${c.indicator}” appears twice; keep one.` }));
    else if (!known.has(c.indicator)) {
      const id = shortValue(c.indicator, 40);
      issues.push(issue('error', 'unknown-indicator', { column, value: c.indicator }, { vi: `“${column}”: bộ số liệu không có chỉ tiêu “${id.vi}”. Bỏ tiêu chí này, hoặc dùng phiên bản số liệu có chỉ tiêu đó.`, en: `“${column}”: the dataset has no indicator “${id.en}”. Remove this criterion, or use a data version that has it.` }));
    }
    seen.add(c.indicator);
  });
  const { level, missing } = parsed.data;
  const minCoverage = missing === 'coverage' ? { minCoverage: parsed.data.minCoverage ?? DEFAULT_MIN_COVERAGE } : {};
  return resultOf({ criteria: parsed.data.criteria, missing, ...minCoverage, tieBreak: parsed.data.tieBreak, ...(level ? { level } : {}) }, issues);
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): string | null {
  let node: unknown = raw;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  if (node === undefined) return null;
  return typeof node === 'string' ? node : JSON.stringify(node) ?? null;
}
