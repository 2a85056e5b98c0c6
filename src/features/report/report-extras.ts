import { AWARD_STATUS_LABELS, AWARD_TITLES, awardsFor } from '../../domain/awards';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import { formatNumber, type Language } from '../../domain/numbers/format';
import type { Area } from '../../domain/model';
import type { ExtraSections, ReportSection } from '../../domain/report/document';
import { areaName, capitalize } from '../../domain/report/phrasing';
import { defaultSchemeFor, drain, rankAreasSteps } from '../../domain/scoring/scoring';
import { includedCriteria, SCORE_DECIMALS } from '../../domain/scoring/scoring-scheme';
import { policyExplain, type PolicyTranslate } from '../../components/status/policy-messages';
import { targetProgress, targetsInForce } from '../../components/status/target-line';
import { areasWithTargets } from '../../domain/dataset/multi-year-targets';
import { formatPeriod } from '../../domain/periods/period-code';
import { presenters } from '../../lib/language/presenters';
import { translate } from '../../lib/language/use-language';

const WORDS = {
  vi: {
    ranking: (year: number) => `Xếp hạng thi đua năm ${year} (tính từ số liệu)`,
    rankingIntro: (n: number) => `Điểm của mỗi đơn vị là trung bình có trọng số của % KH trên ${n} tiêu chí (bộ tiêu chí mặc định của màn hình Xếp hạng: mọi chỉ tiêu có % KH trong năm, trọng số 1, % KH tính tối đa 150%).`,
    noCriteria: 'Năm này không có chỉ tiêu nào có % KH để xếp hạng.',
    rankingColumns: ['Hạng', 'Đơn vị', 'Điểm', 'Số tiêu chí có số liệu'],
    notRanked: 'chưa đủ số liệu để xếp hạng',
    noScore: 'không có điểm',
    awards: 'Khen thưởng đã quyết định / đề nghị',
    awardsIntro: 'Theo văn bản của cấp có thẩm quyền; không tính vào điểm xếp hạng ở trên.',
    noAwards: (year: number) => `Dữ liệu chưa có khen thưởng năm ${year} của các đơn vị này.`,
    awardsColumns: ['STT', 'Đơn vị', 'Hình thức khen thưởng', 'Tình trạng', 'Nguồn'],
    targets: (year: number) => `Tiến độ các mục tiêu kế hoạch giai đoạn (đến năm ${year})`,
    targetsIntro: (year: number) => `Các mục tiêu giai đoạn trong dữ liệu (nghị quyết đại hội, nghị quyết HĐND), mục tiêu ghi đúng như văn bản; tiến độ tính đến năm gần nhất có số liệu, không quá năm ${year}.`,
    targetsColumns: ['STT', 'Đơn vị', 'Chỉ tiêu', 'Mục tiêu', 'Tiến độ', 'Nguồn'],
  },
  en: {
    ranking: (year: number) => `Emulation ranking for ${year} (computed from the data)`,
    rankingIntro: (n: number) => `Each unit's score is the weighted mean of its % of plan over ${n} criteria (the Ranking view's default scheme: every indicator with a % of plan that year, weight 1, % of plan counted up to 150%).`,
    noCriteria: 'No indicator has a % of plan this year to rank on.',
    rankingColumns: ['Rank', 'Unit', 'Score', 'Criteria with data'],
    notRanked: 'not enough data to rank',
    noScore: 'no score',
    awards: 'Awards decided or proposed',
    awardsIntro: 'As the competent authority’s documents state them; not part of the computed ranking above.',
    noAwards: (year: number) => `The data has no award for ${year} for these units.`,
    awardsColumns: ['No.', 'Unit', 'Award', 'Status', 'Source'],
    targets: (year: number) => `Progress toward the multi-year plan's targets (through ${year})`,
    targetsIntro: (year: number) => `The multi-year targets in the data (the Party congress's and the People's Council's resolutions), each as the resolution writes it; progress through the latest year with a figure, up to ${year}.`,
    targetsColumns: ['No.', 'Unit', 'Target', 'Goal', 'Progress', 'Source'],
  },
} as const;

/** The computed ranking of the units, with its rule for criteria without data, as the Ranking view shows it by default. */
export function rankingSection(index: DatasetIndex, units: readonly Area[], year: number, language: Language, pt: PolicyTranslate): ReportSection | undefined {
  return drain(rankingSectionSteps(index, units, year, language, pt));
}

/** The ranking section a unit's score at a time (the same steps as the Ranking view's). */
function* rankingSectionSteps(index: DatasetIndex, units: readonly Area[], year: number, language: Language, pt: PolicyTranslate): Generator<void, ReportSection | undefined> {
  if (units.length < 2) return undefined;
  const w = WORDS[language];
  const ids = units.map((u) => u.id);
  const scheme = defaultSchemeFor(index, ids, year);
  const criteria = includedCriteria(scheme).length;
  if (criteria === 0) return { heading: w.ranking(year), paragraphs: [w.noCriteria] };
  const ranking = yield* rankAreasSteps(index, ids, year, scheme);
  const name = (id: string) => {
    const area = index.area(id);
    return area ? capitalize(areaName(area, language)) : id;
  };
  const rows = ranking.map((r) => [
    r.rank === null ? '—' : String(r.rank),
    name(r.area),
    r.score.kind === 'value' ? formatNumber(r.score.value, language, SCORE_DECIMALS, SCORE_DECIMALS) : r.score.reason === 'low-coverage' ? w.notRanked : w.noScore,
    `${r.coverage.withData}/${r.coverage.total}`,
  ]);
  return {
    heading: w.ranking(year),
    paragraphs: [w.rankingIntro(criteria), policyExplain(scheme, pt, language)],
    table: { caption: w.ranking(year), columns: [...w.rankingColumns], rows },
  };
}

/** The multi-year targets in force in the year (a five-year plan's) of the parent and its units, with the progress of each; none, no section. */
export function targetsSection(index: DatasetIndex, areas: readonly Area[], year: number, language: Language): ReportSection | undefined {
  const w = WORDS[language];
  const t = translate(language);
  const p = presenters(language);
  const withTargets = areasWithTargets(index);
  const rows: string[][] = [];
  for (const area of areas) {
    if (!withTargets.has(area.id)) continue;
    for (const indicator of index.dataset.indicators) {
      for (const target of targetsInForce(index, area.id, indicator, year)) {
        const { observation } = target;
        const goal = `${capitalize(formatPeriod(observation.period!, language))}: ${observation.planText ?? p.figure(observation.plan, indicator)}`;
        rows.push([String(rows.length + 1), capitalize(areaName(area, language)), p.name(indicator), goal, capitalize(targetProgress(target, indicator, t, p)), observation.source]);
      }
    }
  }
  if (rows.length === 0) return undefined;
  return { heading: w.targets(year), paragraphs: [w.targetsIntro(year)], table: { caption: w.targets(year), columns: [...w.targetsColumns], rows } };
}

/** What the council decided, beside the ranking and never in it. */
export function awardsSection(index: DatasetIndex, areas: readonly Area[], year: number, language: Language): ReportSection {
  const w = WORDS[language];
  const awards = awardsFor(index.dataset.awards, areas.map((a) => a.id), year);
  if (awards.length === 0) return { heading: w.awards, paragraphs: [w.noAwards(year)] };
  const rows = awards.map((a, k) => {
    const area = index.area(a.area);
    return [String(k + 1), area ? capitalize(areaName(area, language)) : a.area, AWARD_TITLES[a.kind][language], AWARD_STATUS_LABELS[a.status][language], a.source];
  });
  return { heading: w.awards, paragraphs: [w.awardsIntro], table: { caption: w.awards, columns: [...w.awardsColumns], rows } };
}

/**
 * The report's ranking of the parent's units, and the awards of the parent, its units and — when
 * the parent belongs to an emulation cluster (cụm thi đua) — the cluster's other members, whose
 * council decides the province's own awards.
 */
export function reportExtras(index: DatasetIndex, parent: Area, units: readonly Area[], year: number, language: Language, pt: PolicyTranslate): ExtraSections {
  return drain(reportExtrasSteps(index, parent, units, year, language, pt));
}

/** `reportExtras` a unit's score at a time. */
export function* reportExtrasSteps(index: DatasetIndex, parent: Area, units: readonly Area[], year: number, language: Language, pt: PolicyTranslate): Generator<void, ExtraSections> {
  const ranking = yield* rankingSectionSteps(index, units, year, language, pt);
  const cluster = parent.parent ? index.area(parent.parent) : undefined;
  const peers = cluster?.level === 'cluster' ? index.unitsOf(cluster.id, year).filter((a) => a.id !== parent.id) : [];
  const targets = targetsSection(index, [parent, ...units], year, language);
  return { ...(targets ? { targets } : {}), ...(ranking ? { ranking } : {}), awards: awardsSection(index, [parent, ...units, ...peers], year, language) };
}
