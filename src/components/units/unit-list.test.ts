import { describe, expect, it } from 'vitest';
import type { Area } from '../../domain/model';
import { arrangeUnits, filterUnits, groupByFormer, hasFormerUnits, NO_FILTER, sliceGroups, sortUnits, unitPart, unitSlideParts } from './unit-list';

const district = (id: string, name: string): Area => ({ id, name, level: 'district', parent: 'lai-chau', kind: 'huyện', validTo: '2025-06-30' });
const commune = (id: string, name: string, predecessors: string[], kind = 'xã'): Area => ({ id, name, level: 'commune', parent: 'lai-chau', kind, validFrom: '2025-07-01', predecessors, succession: 'split_from' });

const DISTRICTS = [district('than-uyen', 'Than Uyên'), district('tan-uyen', 'Tân Uyên'), district('tp-lai-chau', 'Thành phố Lai Châu')];
const COMMUNES = [
  commune('xa-muong-kim', 'Mường Kim', ['than-uyen']),
  commune('xa-than-uyen', 'Than Uyên', ['than-uyen']),
  commune('xa-pac-ta', 'Pắc Ta', ['tan-uyen']),
  commune('xa-tan-uyen', 'Tân Uyên', ['tan-uyen']),
  commune('phuong-tan-phong', 'Tân Phong', ['tp-lai-chau', 'tam-duong'], 'phường'),
  commune('xa-muong-than', 'Mường Than', ['than-uyen']),
];
const areaOf = (id: string) => [...DISTRICTS, ...COMMUNES].find((a) => a.id === id);
const ids = (areas: readonly Area[]) => areas.map((a) => a.id);
const PERCENT: Record<string, number | null> = { 'xa-muong-kim': 90, 'xa-than-uyen': 120, 'xa-pac-ta': null, 'xa-tan-uyen': 120, 'phuong-tan-phong': 101, 'xa-muong-than': 75 };
const percentOf = (a: Area) => PERCENT[a.id] ?? null;

describe('groupByFormer', () => {
  it('groups communes under their main former district, in the order the first comes', () => {
    const groups = groupByFormer(COMMUNES, areaOf);
    expect(groups.map((g) => [g.former?.id, ids(g.units)])).toEqual([
      ['than-uyen', ['xa-muong-kim', 'xa-than-uyen', 'xa-muong-than']],
      ['tan-uyen', ['xa-pac-ta', 'xa-tan-uyen']],
      ['tp-lai-chau', ['phuong-tan-phong']],
    ]);
  });

  it('puts districts, which have no former unit, in one group without a heading', () => {
    expect(groupByFormer(DISTRICTS, areaOf).map((g) => [g.former, g.units.length])).toEqual([[null, 3]]);
    expect(hasFormerUnits(DISTRICTS)).toBe(false);
    expect(hasFormerUnits(COMMUNES)).toBe(true);
  });
});

describe('sortUnits', () => {
  it.each([
    ['catalog', ['xa-muong-kim', 'xa-than-uyen', 'xa-pac-ta', 'xa-tan-uyen', 'phuong-tan-phong', 'xa-muong-than']],
    // Vietnamese order: M, P, T (Tân before Than), ties by id.
    ['name', ['xa-muong-kim', 'xa-muong-than', 'xa-pac-ta', 'phuong-tan-phong', 'xa-tan-uyen', 'xa-than-uyen']],
    // Highest % first, equal % by name, no value last.
    ['percent', ['xa-tan-uyen', 'xa-than-uyen', 'phuong-tan-phong', 'xa-muong-kim', 'xa-muong-than', 'xa-pac-ta']],
  ] as const)('by %s', (sort, expected) => {
    expect(ids(sortUnits(COMMUNES, sort, percentOf))).toEqual(expected);
  });
});

describe('filterUnits', () => {
  it.each([
    ['everything without a filter', NO_FILTER, 6],
    ['a name without diacritics', { query: 'muong', former: [] }, 2],
    ['the kind and name', { query: 'phường Tân', former: [] }, 1],
    ['the former district’s name', { query: 'than uyen', former: [] }, 3],
    ['one former district', { query: '', former: ['tan-uyen'] }, 2],
    ['both together', { query: 'pac', former: ['tan-uyen'] }, 1],
    ['nothing that matches', { query: 'Atlantis', former: [] }, 0],
  ] as const)('%s', (_, filter, count) => {
    expect(filterUnits(COMMUNES, filter, areaOf)).toHaveLength(count);
  });
});

describe('arrangeUnits', () => {
  it('sorts inside each former district when grouped', () => {
    const groups = arrangeUnits(COMMUNES, { filter: NO_FILTER, sort: 'percent', grouped: true }, areaOf, percentOf);
    expect(ids(groups[0]!.units)).toEqual(['xa-than-uyen', 'xa-muong-kim', 'xa-muong-than']);
  });

  it('gives one list without a heading when not grouped, and none when nothing passes', () => {
    expect(arrangeUnits(COMMUNES, { filter: NO_FILTER, sort: 'name', grouped: false }, areaOf, percentOf).map((g) => [g.former, g.units.length])).toEqual([[null, 6]]);
    expect(arrangeUnits(COMMUNES, { filter: { query: 'zzz', former: [] }, sort: 'name', grouped: false }, areaOf, percentOf)).toEqual([]);
  });
});

describe('unitSlideParts', () => {
  const sizes = (n: number[]) => n.map((k, i) => ({ former: district(`d${i}`, `D${i}`), units: Array.from({ length: k }, (_, j) => commune(`c${i}-${j}`, `C${j}`, [`d${i}`])) }));
  it.each([
    ['everything fits one slide', [3, 4], 9, [{ former: ['d0', 'd1'], units: 7 }]],
    ['whole groups fill a slide, the next group starts another', [4, 4, 3], 9, [{ former: ['d0', 'd1'], units: 8 }, { former: ['d2'], units: 3 }]],
    ['a group larger than a slide gets a slide of its own', [2, 10, 2], 9, [{ former: ['d0'], units: 2 }, { former: ['d1'], units: 10 }, { former: ['d2'], units: 2 }]],
    // Lai Châu 2025: 38 communes under 8 former districts (their main predecessor).
    ['Lai Châu’s 38 communes', [4, 4, 5, 4, 7, 4, 8, 2], 9, [{ former: ['d0', 'd1'], units: 8 }, { former: ['d2', 'd3'], units: 9 }, { former: ['d4'], units: 7 }, { former: ['d5'], units: 4 }, { former: ['d6'], units: 8 }, { former: ['d7'], units: 2 }]],
  ] as const)('%s', (_, groupSizes, perSlide, expected) => {
    expect(unitSlideParts(sizes([...groupSizes]), perSlide)).toEqual(expected);
  });

  it('makes no parts of ungrouped units (districts)', () => {
    expect(unitSlideParts([{ former: null, units: DISTRICTS }], 9)).toEqual([]);
  });
});

describe('unitPart', () => {
  it('names the former districts a slide shows and counts their units', () => {
    expect(unitPart(COMMUNES, ['than-uyen', 'tan-uyen'], areaOf)).toEqual({ former: [DISTRICTS[0], DISTRICTS[1]], shown: 5 });
    expect(unitPart(COMMUNES, [], areaOf)).toBeNull();
  });
});

describe('sliceGroups: one page of a grouped list', () => {
  const unit = (id: string): Area => ({ id, name: id, level: 'commune', parent: 'p' });
  const former = (id: string): Area => ({ id, name: id, level: 'district', parent: 'p' });
  const groups = [
    { former: former('a'), units: [unit('a1'), unit('a2'), unit('a3')] },
    { former: former('b'), units: [unit('b1'), unit('b2')] },
  ];
  it.each([
    ['a page inside one group', 0, 2, [['a', ['a1', 'a2']]]],
    ['a page across two groups keeps both headings', 2, 4, [['a', ['a3']], ['b', ['b1']]]],
    ['past the end: nothing', 5, 9, []],
  ])('%s', (_, from, to, expected) => {
    expect(sliceGroups(groups, from, to).map((g) => [g.former?.id, g.units.map((u) => u.id)])).toEqual(expected);
  });
});
