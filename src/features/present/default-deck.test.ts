import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../domain/dataset/dataset-index';
import { buildDataset, buildIndicator, buildObservation } from '../../testing/builders';
import { BULLETS_PER_SLIDE, inParts, OVERVIEW_ROWS_PER_SLIDE } from '../../lib/state/deck-store';
import { defaultDeck } from './default-deck';

describe('inParts', () => {
  it.each([
    ['fits one slide: the plain link', ['a', 'b'], 4, [{ view: '/?year=2020', title: 'T' }]],
    ['exactly one slide full', ['a', 'b', 'c', 'd'], 4, [{ view: '/?year=2020', title: 'T' }]],
    [
      'one more than a slide holds: two numbered parts',
      ['a', 'b', 'c', 'd', 'e'],
      4,
      [
        { view: '/?year=2020&indicators=a,b,c,d', title: 'T (1/2)' },
        { view: '/?year=2020&indicators=e', title: 'T (2/2)' },
      ],
    ],
  ])('%s', (_, ids, perSlide, expected) => {
    expect(inParts(ids, perSlide, '/?year=2020', 'T')).toEqual(expected);
  });
});

describe('defaultDeck', () => {
  // A dense year: 10 indicators reported by every district.
  const indicators = Array.from({ length: 10 }, (_, k) => buildIndicator({ id: `ind_${k}`, nameVi: `Chỉ tiêu ${k}` }));
  const districts = ['tp-lai-chau', 'tam-duong', 'phong-tho', 'sin-ho', 'muong-te', 'nam-nhun', 'than-uyen', 'tan-uyen'];
  const observations = [
    ...indicators.flatMap((i) => districts.map((area) => buildObservation({ area, year: 2021, indicator: i.id, plan: 10, actual: 11 }))),
    buildObservation({ area: 'lai-chau', year: 2021, indicator: 'ind_0', plan: 10, actual: 12 }),
  ];
  const deck = defaultDeck(createDatasetIndex(buildDataset({ indicators, observations })));

  it('splits the overview so every slide holds at most a slide’s worth of matrix rows', () => {
    const overview = deck.filter((s) => s.kind === 'overview');
    const parts = Math.ceil(10 / OVERVIEW_ROWS_PER_SLIDE);
    expect(overview.map((s) => s.title)).toEqual(Array.from({ length: parts }, (_, k) => `Tỉnh Lai Châu năm 2021 (${k + 1}/${parts})`));
    const rows = overview.map((s) => new URLSearchParams(s.view.split('?')[1]).get('indicators')?.split(',') ?? []);
    expect(rows.flat()).toEqual(indicators.map((i) => i.id));
    for (const part of rows) expect(part.length).toBeLessThanOrEqual(OVERVIEW_ROWS_PER_SLIDE);
  });

  it('splits the busiest district’s bullets the same way, and keeps the other slides whole', () => {
    const district = deck.filter((s) => s.kind === 'district');
    expect(district).toHaveLength(Math.ceil(10 / BULLETS_PER_SLIDE));
    expect(district[0]?.view).toMatch(/^\/district\/[a-z-]+\?year=2021&indicators=ind_0,/);
    expect(deck.filter((s) => s.kind === 'ranking')).toEqual([{ kind: 'ranking', view: '/ranking?year=2021', title: 'Xếp hạng thi đua năm 2021' }]);
  });
});
