import { fullName } from '../../domain/areas/areas';
import { defaultYear, type DatasetIndex } from '../../domain/dataset/dataset-index';
import { provinceSummary } from '../../domain/dataset/province-summary';
import { rankingSlides } from '../../domain/scoring/scoring-level';
import { unitSlides } from '../../components/units/unit-slides';
import { BULLETS_PER_SLIDE, inParts, OVERVIEW_ROWS_PER_SLIDE, type Slide } from '../../lib/state/deck-store';

/** Up to this many units a comparison is one slide (the 8 districts). */
const districtsShownWhole = 12;

/**
 * The deck a presenter starts from for the latest year: the overview, the ranking, the
 * indicators most units reported, the unit with most figures, and the province's longest trend.
 */
export function defaultDeck(index: DatasetIndex): Omit<Slide, 'id'>[] {
  const year = defaultYear(index);
  const province = index.province;
  if (year === undefined || !province) return [];
  const districts = index.unitsOf(province.id, year);
  const reporting = (indicator: string) => districts.filter((d) => index.evaluation(d.id, year, indicator)?.percent.kind === 'value').length;
  const indicators = index
    .indicatorsWithData(districts.map((d) => d.id), year)
    .map((i) => ({ i, n: reporting(i.id) }))
    .filter((x) => x.n >= 3)
    .sort((a, b) => b.n - a.n)
    .slice(0, 3);
  const scored = (area: string) => index.indicatorsWithData([area], year).filter((i) => index.evaluation(area, year, i.id)?.percent.kind === 'value').length;
  const busiest = [...districts].sort((a, b) => scored(b.id) - scored(a.id))[0];
  const trend = index
    .indicatorsWithData([province.id])
    .map((i) => ({ i, years: index.observationsFor({ area: province.id, indicator: i.id }).length }))
    .sort((a, b) => b.years - a.years)[0];
  // Every indicator the overview shows (KPI cards and matrix rows), so no part of it is left off the deck.
  const matrixRows = provinceSummary(index, province, year).map((s) => s.indicator.id);
  const busiestRows = busiest ? index.indicatorsWithData([busiest.id], year).map((i) => i.id) : [];
  // Many units (38 communes) split by former district, and the matrix's columns by four: numbered slides, never smaller type.
  const overviewTitle = `Tỉnh ${province.name} năm ${year}`;
  const overview = unitSlides(index, year, `/?year=${year}`, overviewTitle, matrixRows) ?? inParts(matrixRows, OVERVIEW_ROWS_PER_SLIDE, `/?year=${year}`, overviewTitle);
  const indicatorSlides = ({ i }: { i: { id: string; nameVi: string } }) => {
    const view = `/indicator/${i.id}?year=${year}`;
    const title = `${i.nameVi} năm ${year}`;
    return unitSlides(index, year, view, title, null) ?? [{ view, title }];
  };
  return [
    ...overview.map((s) => ({ kind: 'overview' as const, ...s })),
    ...rankingSlides(`/ranking?year=${year}`, `Xếp hạng thi đua năm ${year}`, districts.length).map((s) => ({ kind: 'ranking' as const, ...s })),
    // With many units each comparison is several slides: the deck keeps the most reported indicator only.
    ...(districts.length > districtsShownWhole ? indicators.slice(0, 1) : indicators).flatMap(indicatorSlides).map((s) => ({ kind: 'indicator' as const, ...s })),
    ...(busiest ? inParts(busiestRows, BULLETS_PER_SLIDE, `/district/${busiest.id}?year=${year}`, `${fullName(busiest)} năm ${year}`).map((s) => ({ kind: 'district' as const, ...s })) : []),
    ...(trend ? [{ kind: 'trend' as const, view: `/trend?area=${province.id}&indicator=${trend.i.id}`, title: `${trend.i.nameVi} — ${province.name}` }] : []),
    // The review, last: every unit's N/M of targets met and exceeded (the report view, embedded).
    ...(districts.length <= districtsShownWhole ? [{ kind: 'report' as const, view: `/report?year=${year}`, title: `Báo cáo kết quả thực hiện chỉ tiêu năm ${year}` }] : []),
  ];
}

