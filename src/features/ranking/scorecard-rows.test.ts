import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../domain/dataset/dataset-index';
import { rankAreas } from '../../domain/scoring/scoring';
import { defaultScheme } from '../../domain/scoring/scoring-scheme';
import { buildDataset, buildIndicator, buildObservation, LAI_CHAU_AREAS } from '../../testing/builders';
import { scorecardRows, sortScorecard, type ScorecardSortKey } from './scorecard-rows';

const districts = LAI_CHAU_AREAS.filter((a) => a.level === 'district').slice(0, 3);
// An indicator whose id is "rank" or "area" sorts by its % of plan, not by rank or name.
const ids = ['rank', 'area', '__proto__', 'constructor'];
const indicators = ids.map((id) => buildIndicator({ id }));
const percent = new Map<string, number[]>([['rank', [50, 150, 100]], ['area', [150, 50, 100]], ['__proto__', [90, 110, 100]], ['constructor', [100, 90, 110]]]);
const observations = ids.flatMap((id) => districts.map((d, k) => buildObservation({ area: d.id, year: 2020, indicator: id, plan: 100, actual: percent.get(id)?.[k] ?? null })));
const index = createDatasetIndex(buildDataset({ indicators, observations }));
const ranking = rankAreas(index, districts.map((d) => d.id), 2020, defaultScheme(ids));
const rows = scorecardRows(index, ranking, indicators, 2020);
const order = (key: ScorecardSortKey) => sortScorecard(rows, { key, dir: 'desc' }).map((r) => r.area.id);

describe('scorecard sort keys never confuse an indicator id with rank or area', () => {
  it.each(ids)('sorting by the indicator “%s” follows its % of plan', (id) => {
    const values = percent.get(id) ?? [];
    const expected = districts.map((d, k) => ({ id: d.id, v: values[k] ?? 0 })).sort((a, b) => b.v - a.v).map((x) => x.id);
    expect(order({ by: 'indicator', indicator: id })).toEqual(expected);
  });

  it('rank and area still sort by rank and by name', () => {
    expect(sortScorecard(rows, { key: { by: 'rank' }, dir: 'asc' }).map((r) => r.area.id)).toEqual(ranking.map((r) => r.area));
    expect(sortScorecard(rows, { key: { by: 'area' }, dir: 'asc' }).map((r) => r.area.name)).toEqual(districts.map((d) => d.name).sort((a, b) => a.localeCompare(b, 'vi')));
  });
});
