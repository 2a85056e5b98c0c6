import { describe, expect, it } from 'vitest';
import { fullName, inForceIn, inForceOn, likelySuccessors, mergedSum, successionSum, unitLevelOf, unitsOf, validityProblem, yearEnd } from './areas';
import type { Area } from '../model';
import { buildIndicator } from '../../testing/builders';

const REFORM = { from: '2025-07-01', to: '2025-06-30' };
const AREAS: Area[] = [
  { id: 'lai-chau', name: 'Lai Châu', level: 'province', parent: null, kind: 'tỉnh' },
  { id: 'than-uyen', name: 'Than Uyên', level: 'district', parent: 'lai-chau', kind: 'huyện', validTo: REFORM.to },
  { id: 'tp-lai-chau', name: 'Thành phố Lai Châu', level: 'district', parent: 'lai-chau', kind: 'thành phố', validTo: REFORM.to },
  { id: 'tam-duong', name: 'Tam Đường', level: 'district', parent: 'lai-chau', kind: 'huyện', validTo: REFORM.to },
  { id: 'xa-muong-kim', name: 'Mường Kim', level: 'commune', parent: 'lai-chau', kind: 'xã', validFrom: REFORM.from, predecessors: ['than-uyen'], succession: 'split_from' },
  { id: 'xa-than-uyen', name: 'Than Uyên', level: 'commune', parent: 'lai-chau', kind: 'xã', validFrom: REFORM.from, predecessors: ['than-uyen'], succession: 'split_from' },
  { id: 'phuong-tan-phong', name: 'Tân Phong', level: 'commune', parent: 'lai-chau', kind: 'phường', validFrom: REFORM.from, predecessors: ['tp-lai-chau', 'tam-duong'], succession: 'split_from' },
  { id: 'phuong-doan-ket', name: 'Đoàn Kết', level: 'commune', parent: 'lai-chau', kind: 'phường', validFrom: REFORM.from, predecessors: ['tp-lai-chau'], succession: 'split_from' },
  { id: 'lao-cai', name: 'Lào Cai', level: 'province', parent: null, validTo: REFORM.to },
  { id: 'yen-bai', name: 'Yên Bái', level: 'province', parent: null, validTo: REFORM.to },
  { id: 'lao-cai-2025', name: 'Lào Cai', level: 'province', parent: null, validFrom: REFORM.from, predecessors: ['lao-cai', 'yen-bai'], succession: 'merged_from' },
];
const byId = (id: string) => AREAS.find((a) => a.id === id)!;
const ids = (areas: readonly Area[]) => areas.map((a) => a.id);

describe('the year rule: a yearly figure belongs to the units in force at the end of its year', () => {
  it.each([
    ['than-uyen', 2024, true],
    ['than-uyen', 2025, false],
    ['xa-muong-kim', 2024, false],
    ['xa-muong-kim', 2025, true],
    ['xa-muong-kim', 2026, true],
    ['lai-chau', 1990, true],
    ['lai-chau', 2030, true],
  ] as const)('%s in %d → %s', (id, year, expected) => {
    expect(inForceIn(byId(id), year)).toBe(expected);
  });

  it.each([
    ['2025-06-30', 'than-uyen', true],
    ['2025-07-01', 'than-uyen', false],
    ['2025-06-30', 'xa-muong-kim', false],
    ['2025-07-01', 'xa-muong-kim', true],
  ] as const)('on %s, %s in force → %s (both ends included)', (date, id, expected) => {
    expect(inForceOn(byId(id), date)).toBe(expected);
  });

  it('says which end a figure falls outside', () => {
    expect(validityProblem(byId('than-uyen'), 2025)).toEqual({ kind: 'ended', date: '2025-06-30' });
    expect(validityProblem(byId('xa-muong-kim'), 2024)).toEqual({ kind: 'not-yet', date: '2025-07-01' });
    expect(validityProblem(byId('than-uyen'), 2024)).toBeNull();
    expect(yearEnd(2025)).toBe('2025-12-31');
  });
});

describe('units of a parent follow the year', () => {
  it.each([
    [2024, ['than-uyen', 'tp-lai-chau', 'tam-duong'], 'district'],
    [2025, ['xa-muong-kim', 'xa-than-uyen', 'phuong-tan-phong', 'phuong-doan-ket'], 'commune'],
    [2016, ['than-uyen', 'tp-lai-chau', 'tam-duong'], 'district'],
  ] as const)('%d → %j (%s)', (year, expected, level) => {
    expect(ids(unitsOf(AREAS, 'lai-chau', year))).toEqual(expected);
    expect(unitLevelOf(AREAS, 'lai-chau', year)).toBe(level);
  });

  it('a parent with no units, or unknown, has none', () => {
    expect(unitsOf(AREAS, 'xa-muong-kim', 2025)).toEqual([]);
    expect(unitsOf(AREAS, 'nowhere', 2025)).toEqual([]);
    expect(unitLevelOf(AREAS, 'nowhere', 2025)).toBeNull();
  });

  it('names the likely successors of an ended unit', () => {
    expect(ids(likelySuccessors(AREAS, byId('than-uyen'), 2025))).toEqual(['xa-muong-kim', 'xa-than-uyen']);
    expect(ids(likelySuccessors(AREAS, byId('tam-duong'), 2025))).toEqual(['phuong-tan-phong']);
    expect(likelySuccessors(AREAS, byId('than-uyen'), 2024)).toEqual([]);
  });
});

describe('a former unit after the reform: the sum of its successors, or a named no value', () => {
  const revenue = buildIndicator({ id: 'budget_revenue', additive: true });
  const rate = buildIndicator({ id: 'poverty_rate', additive: false });
  const values = (table: Record<string, number | null>) => (id: string) => table[id] ?? null;

  it.each([
    ['every successor reported', 'than-uyen', revenue, { 'xa-muong-kim': 10, 'xa-than-uyen': 32.5 }, { kind: 'sum', value: 42.5 }],
    ['one successor missing', 'than-uyen', revenue, { 'xa-muong-kim': 10 }, { kind: 'missing', areas: ['xa-than-uyen'] }],
    ['a successor is zero, not missing', 'than-uyen', revenue, { 'xa-muong-kim': 0, 'xa-than-uyen': 0 }, { kind: 'sum', value: 0 }],
    ['a rate is never summed', 'than-uyen', rate, { 'xa-muong-kim': 1, 'xa-than-uyen': 2 }, { kind: 'not-additive' }],
    ['a successor also took in part of another district', 'tp-lai-chau', revenue, { 'phuong-tan-phong': 5, 'phuong-doan-ket': 6 }, { kind: 'spans', areas: ['phuong-tan-phong'] }],
    ['a unit with no successors', 'lai-chau', revenue, {}, { kind: 'no-successors' }],
    ['a province merged with another: the new one holds both', 'lao-cai', revenue, { 'lao-cai-2025': 9000 }, { kind: 'spans', areas: ['lao-cai-2025'] }],
  ] as const)('%s', (_, former, indicator, table, expected) => {
    const result = successionSum(AREAS, former, 2025, indicator, values(table));
    expect(result.kind).toBe(expected.kind);
    if (result.kind === 'sum' && expected.kind === 'sum') expect(result.value).toBe(expected.value);
    if ((result.kind === 'missing' || result.kind === 'spans') && 'areas' in expected) expect(ids(result.areas)).toEqual(expected.areas);
  });

  it('a merged province before the merger: the sum of the whole provinces, only when both reported', () => {
    expect(mergedSum(AREAS, 'lao-cai-2025', revenue, values({ 'lao-cai': 3000, 'yen-bai': 2500 }))).toMatchObject({ kind: 'sum', value: 5500 });
    const missing = mergedSum(AREAS, 'lao-cai-2025', revenue, values({ 'lao-cai': 3000 }));
    expect(missing.kind === 'missing' && ids(missing.areas)).toEqual(['yen-bai']);
    expect(mergedSum(AREAS, 'lao-cai-2025', rate, values({ 'lao-cai': 1, 'yen-bai': 1 }))).toEqual({ kind: 'not-additive' });
    expect(mergedSum(AREAS, 'lai-chau', revenue, values({}))).toEqual({ kind: 'no-successors' });
  });
});

describe('full names carry the kind the law gives them', () => {
  it.each([
    ['xa-muong-kim', 'xã Mường Kim'],
    ['phuong-tan-phong', 'phường Tân Phong'],
    ['than-uyen', 'huyện Than Uyên'],
    ['tp-lai-chau', 'Thành phố Lai Châu'],
    ['lao-cai', 'Lào Cai'],
  ] as const)('%s → %s', (id, name) => {
    expect(fullName(byId(id))).toBe(name);
  });
});
