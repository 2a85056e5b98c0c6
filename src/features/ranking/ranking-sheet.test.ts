import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../domain/dataset/dataset-index';
import type { RankedArea } from '../../domain/scoring/scoring';
import { presenters } from '../../lib/language/presenters';
import { buildDataset, buildObservation } from '../../testing/builders';
import { rankingSheets } from './ranking-sheet';

const index = createDatasetIndex(buildDataset({
  observations: [buildObservation({ area: 'tan-uyen', year: 2019, indicator: 'budget_revenue', plan: 50, actual: 60, reportedPercent: null, unit: 'tỷ đồng' })],
}));
const rt = (key: string, params?: Record<string, string | number>) => `${key}${params ? JSON.stringify(params) : ''}`;
const ranked = (area: string, rank: number | null, score: RankedArea['score']): RankedArea => ({ area, rank, tied: false, score, criteria: [], coverage: { withData: rank ? 1 : 0, total: 1 } });

describe('rankingSheets', () => {
  const [ranking, scorecard] = rankingSheets(index, [ranked('tan-uyen', 1, { kind: 'value', value: 120 }), ranked('sin-ho', null, { kind: 'none', reason: 'no-data' })], 2019, (a) => a.name, rt, presenters('vi'), ['Năm: 2019']);

  it('ranks with numbers: rank, score and coverage; no score is an empty cell, never 0', () => {
    expect(ranking?.columns.map((c) => c.kind)).toEqual(['number', 'text', 'number', 'number', 'number']);
    expect(ranking?.rows).toEqual([[1, 'Tân Uyên', 120, 1, 1], [null, 'Sìn Hồ', null, 0, 1]]);
    expect(ranking?.provenance).toEqual(['Năm: 2019']);
  });

  it.each([[0, ['Tân Uyên', 120]], [1, ['Sìn Hồ', null]]] as const)('scorecard row %i holds % KH as a number or null', (k, [name, percent]) => {
    expect(scorecard?.rows[k]?.slice(1)).toEqual([name, percent]);
    expect(scorecard?.columns[2]).toMatchObject({ kind: 'number', unit: '%' });
  });
});
