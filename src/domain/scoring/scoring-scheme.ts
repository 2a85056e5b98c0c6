/**
 * The scoring criteria table (bảng tiêu chí chấm điểm thi đua) as data: which indicators count,
 * with what weight, up to what % of plan, how missing figures count and how ties break.
 */

/**
 * How criteria without a figure count: left out of the unit's mean (coverage shown), counted as
 * 0 % KH, or — the default — left out of the mean, but a unit with data for fewer than a minimum
 * share of the criteria is not ranked at all ("chưa đủ số liệu để xếp hạng"): a mean over 2 of 14
 * criteria is not a result a council can compare with one over 8.
 */
export type MissingPolicy = 'exclude' | 'zero' | 'coverage';
export const MISSING_POLICIES = ['coverage', 'exclude', 'zero'] as const satisfies readonly MissingPolicy[];

/** The default minimum share of criteria with data under the coverage policy: half. */
export const DEFAULT_MIN_COVERAGE = 0.5;

/**
 * Equal scores (at the shown precision, SCORE_DECIMALS) are broken by coverage — more criteria
 * with data ranks higher — or shared ("đồng hạng"). Still-equal areas share the rank;
 * a name never decides a rank, it only orders the rows of a shared rank.
 */
export type TieBreak = 'coverage' | 'shared';

export interface Criterion {
  indicator: string;
  /** Any non-negative number: weights are normalised, they need not sum to 1. */
  weight: number;
  /** The largest % of plan counted (vượt KH beyond it earns nothing more). */
  cap: number;
  /** Unticked criteria stay in the table with their settings but do not count. */
  included: boolean;
}

/**
 * The level of the units a scheme ranks: one level only (communes from 2025, districts before,
 * the cluster's provinces). Schemes written before the 2025 reform do not say; they rank any level.
 */
export const RANKED_LEVELS = ['district', 'commune', 'province'] as const;
export type RankedLevel = (typeof RANKED_LEVELS)[number];

export interface ScoringScheme {
  criteria: Criterion[];
  missing: MissingPolicy;
  /** Coverage policy only: the share (0–1) of criteria a unit needs data for; absent = DEFAULT_MIN_COVERAGE. */
  minCoverage?: number | undefined;
  tieBreak: TieBreak;
  level?: RankedLevel | undefined;
}

export const DEFAULT_CAP = 150;
export const DEFAULT_WEIGHT = 1;
/** Scores are shown, compared for ties, and explained at this many decimals. */
export const SCORE_DECIMALS = 2;

export const newCriterion = (indicator: string): Criterion => ({ indicator, weight: DEFAULT_WEIGHT, cap: DEFAULT_CAP, included: true });

/** The default scheme: every given indicator, equal weights, cap 150 %, ranked only with data for half the criteria. */
export const defaultScheme = (indicatorIds: readonly string[]): ScoringScheme => ({
  criteria: indicatorIds.map(newCriterion),
  missing: 'coverage',
  minCoverage: DEFAULT_MIN_COVERAGE,
  tieBreak: 'coverage',
});

/** The minimum share in force: the scheme's under the coverage policy, else none (0). */
export const minCoverageOf = (scheme: Pick<ScoringScheme, 'missing' | 'minCoverage'>): number =>
  scheme.missing === 'coverage' ? (scheme.minCoverage ?? DEFAULT_MIN_COVERAGE) : 0;

/** Criteria with data a unit needs, of `total` (7 of 14 at one half; a share of 0 needs none). */
export const criteriaNeeded = (minCoverage: number, total: number): number => Math.max(0, Math.ceil(minCoverage * total - 1e-9));

/** A minimum coverage is a share from 0 (any data) to 1 (every criterion). */
export const validMinCoverage = (share: number): boolean => Number.isFinite(share) && share >= 0 && share <= 1;

export const includedCriteria = (scheme: ScoringScheme): Criterion[] => scheme.criteria.filter((c) => c.included);

export const sameScheme = (a: ScoringScheme, b: ScoringScheme): boolean => encodeScheme(a) === encodeScheme(b);

/*
 * The compact form carried in the URL (?scheme=…), readable and short:
 *   "x;c;@commune;budget_revenue:2:150;!jobs_created:1:150"
 * missing (x exclude | z zero | v50 coverage, with its minimum % of criteria, 0–100; links made
 * before the coverage policy say x or z and keep meaning what they showed); tie-break (c coverage |
 * s shared); the level ranked ("@commune", optional: older links have none); then one criterion per section: indicator:weight:cap,
 * prefixed with "!" when unticked.
 */
const MISSING_CODE: Record<Exclude<MissingPolicy, 'coverage'>, string> = { exclude: 'x', zero: 'z' };
const TIE_CODE: Record<TieBreak, string> = { coverage: 'c', shared: 's' };
const ID_PATTERN = /^[A-Za-z0-9_.-]+$/;

const percentText = (share: number) => String(Math.round(share * 10_000) / 100);
const encodeMissing = (scheme: ScoringScheme): string => (scheme.missing === 'coverage' ? `v${percentText(minCoverageOf(scheme))}` : MISSING_CODE[scheme.missing]);

/** "v50" → 0.5; anything else (v, v101, v5.555, v-1) → null. */
function decodeCoverage(code: string | undefined): number | null {
  const match = /^v(\d{1,3}(?:\.\d{1,2})?)$/.exec(code ?? '');
  const share = match ? Number(match[1]) / 100 : NaN;
  return validMinCoverage(share) ? share : null;
}

export function encodeScheme(scheme: ScoringScheme): string {
  const criteria = scheme.criteria.map((c) => `${c.included ? '' : '!'}${c.indicator}:${c.weight}:${c.cap}`);
  return [encodeMissing(scheme), TIE_CODE[scheme.tieBreak], ...(scheme.level ? [`@${scheme.level}`] : []), ...criteria].join(';');
}

const decodeKey = <K extends string>(codes: Record<K, string>, code: string | undefined): K | null =>
  (Object.keys(codes) as K[]).find((k) => codes[k] === code) ?? null;

/** Where a scheme text goes wrong: its head (missing;tie-break codes) or criterion n (1-based). */
export type SchemeTextProblem = { at: 'head'; part: string } | { at: 'level'; part: string } | { at: number; part: string; reason: 'malformed' | 'duplicate' };

const isRankedLevel = (text: string): text is RankedLevel => (RANKED_LEVELS as readonly string[]).includes(text);

/** The inverse of encodeScheme, locating the first malformed part. */
export function parseSchemeText(text: string): { ok: true; scheme: ScoringScheme } | { ok: false; problem: SchemeTextProblem } {
  const [missingCode, tieCode, ...sections] = text.split(';');
  const minCoverage = decodeCoverage(missingCode);
  const missing: MissingPolicy | null = minCoverage !== null ? 'coverage' : decodeKey(MISSING_CODE, missingCode);
  const tieBreak = decodeKey(TIE_CODE, tieCode);
  if (!missing || !tieBreak) return { ok: false, problem: { at: 'head', part: `${missingCode ?? ''};${tieCode ?? ''}` } };
  const levelPart = sections[0]?.startsWith('@') ? sections[0] : null;
  const level = levelPart?.slice(1) ?? null;
  if (level !== null && !isRankedLevel(level)) return { ok: false, problem: { at: 'level', part: levelPart ?? '' } };
  const parts = levelPart === null ? sections : sections.slice(1);
  const criteria: Criterion[] = [];
  const seen = new Set<string>();
  for (const [n, part] of parts.entries()) {
    const included = !part.startsWith('!');
    const [indicator = '', weightText = '', capText = '', ...rest] = (included ? part : part.slice(1)).split(':');
    const weight = Number(weightText);
    const cap = Number(capText);
    if (rest.length > 0 || !ID_PATTERN.test(indicator) || !validWeight(weight) || !validCap(cap) || weightText === '' || capText === '') return { ok: false, problem: { at: n + 1, part, reason: 'malformed' } };
    if (seen.has(indicator)) return { ok: false, problem: { at: n + 1, part, reason: 'duplicate' } };
    seen.add(indicator);
    criteria.push({ indicator, weight, cap, included });
  }
  return { ok: true, scheme: { criteria, missing, ...(minCoverage !== null ? { minCoverage } : {}), tieBreak, ...(level ? { level } : {}) } };
}

/** The inverse of encodeScheme; anything malformed is null (the page falls back to the default). */
export function decodeScheme(text: string): ScoringScheme | null {
  const parsed = parseSchemeText(text);
  return parsed.ok ? parsed.scheme : null;
}

export const validWeight = (w: number): boolean => Number.isFinite(w) && w >= 0 && w <= 1000;
export const validCap = (c: number): boolean => Number.isFinite(c) && c >= 1 && c <= 1000;
