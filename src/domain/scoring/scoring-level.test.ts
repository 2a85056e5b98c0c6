import { describe, expect, it } from 'vitest';
import { parseRowRange, rankComparison, rankingSlides, schemeFitsLevel, slideParts } from './scoring-level';
import { defaultScheme } from './scoring-scheme';

describe('rank movement is compared only between years that rank the same level', () => {
  it.each([
    ['district', 'district', { kind: 'comparable' }],
    ['commune', 'commune', { kind: 'comparable' }],
    ['province', 'province', { kind: 'comparable' }],
    ['commune', 'district', { kind: 'other-level', year: 2024, level: 'district' }],
    ['commune', null, { kind: 'nothing-before' }],
  ] as const)('%s after %s', (now, before, expected) => {
    expect(rankComparison(now, before, 2024)).toEqual(expected);
  });
});

describe('a scheme ranks the level it was made for; an older scheme ranks any', () => {
  it.each([
    [undefined, 'commune', true],
    ['commune', 'commune', true],
    ['district', 'commune', false],
    ['province', 'district', false],
  ] as const)('scheme for %s, ranking %s → %s', (schemeLevel, level, fits) => {
    expect(schemeFitsLevel({ ...defaultScheme(['a']), level: schemeLevel }, level)).toBe(fits);
  });
});

describe('a long ranking on slides: numbered parts, never shrunk', () => {
  it.each([
    [8, 13, [[1, 8]]],
    [13, 13, [[1, 13]]],
    [14, 13, [[1, 7], [8, 14]]],
    [38, 13, [[1, 13], [14, 26], [27, 38]]],
    [0, 13, [[1, 1]]],
  ])('%d rows, %d a slide', (count, perSlide, expected) => {
    expect(slideParts(count, perSlide).map((p) => [p.from, p.to])).toEqual(expected);
  });

  it('numbers the slides of a view and keeps one that fits whole', () => {
    expect(rankingSlides('/ranking?year=2025', 'Xếp hạng thi đua năm 2025', 38)).toEqual([
      { view: '/ranking?year=2025&rows=1-10', title: 'Xếp hạng thi đua năm 2025 (1/4)' },
      { view: '/ranking?year=2025&rows=11-20', title: 'Xếp hạng thi đua năm 2025 (2/4)' },
      { view: '/ranking?year=2025&rows=21-30', title: 'Xếp hạng thi đua năm 2025 (3/4)' },
      { view: '/ranking?year=2025&rows=31-38', title: 'Xếp hạng thi đua năm 2025 (4/4)' },
    ]);
    expect(rankingSlides('/ranking', 'Xếp hạng', 8)).toEqual([{ view: '/ranking', title: 'Xếp hạng' }]);
  });

  it.each([
    ['14-26', { from: 14, to: 26 }],
    ['1-1', { from: 1, to: 1 }],
    ['0-3', null],
    ['5-2', null],
    ['1-99999', null],
    ['a-b', null],
    [null, null],
  ])('reads ?rows=%j', (text, expected) => {
    expect(parseRowRange(text)).toEqual(expected);
  });
});
