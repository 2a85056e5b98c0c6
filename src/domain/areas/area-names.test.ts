import { describe, expect, it } from 'vitest';
import { lookalikeKey, lookalikeNameIssues } from './area-names';
import type { Area } from '../model';

const commune = (id: string, name: string, more: Partial<Area> = {}): Area => ({ id, name, level: 'commune', parent: 'lai-chau', kind: 'xã', validFrom: '2025-07-01', ...more });
const place = (index: number) => ({ row: index + 2, column: 'name' });
const found = (areas: Area[]) => lookalikeNameIssues(areas, place).map((i) => [i.row, i.value, i.message.en.match(/\((\S+)\) (on row \d+|in the current catalog)/)?.slice(1).join(' ')]);

describe('lookalikeKey: NFC, case, spaces and invisible characters do not tell names apart', () => {
  it.each([
    ['Xã Tân Uyên', 'xã tân uyên'],
    ['XÃ TÂN UYÊN', 'xã tân uyên'],
    ['Xa\u0303 Ta\u0302n Uye\u0302n', 'xã tân uyên'],
    ['Xã  Tân\u00A0Uyên ', 'xã tân uyên'],
    ['Xã Tân\u200BUyên', 'xã tânuyên'],
    ['Xã Tân \u202EUyên', 'xã tân uyên'],
    ['Xã Tân Uyên\uFEFF', 'xã tân uyên'],
  ])('%j → %j', (name, key) => {
    expect(lookalikeKey(name)).toBe(key);
  });
});

describe('two sibling units in force together whose names look the same are an error naming both', () => {
  it.each([
    ['case', [commune('a', 'Tân Uyên'), commune('b', 'TÂN UYÊN')], [[3, 'TÂN UYÊN', 'a on row 2']]],
    ['NFD against NFC', [commune('a', 'Tân Uyên'), commune('b', 'Ta\u0302n Uye\u0302n')], [[3, 'Ta\u0302n Uye\u0302n', 'a on row 2']]],
    ['a name with its kind written in, against the kind in its column', [commune('a', 'Tân Uyên'), commune('b', 'Xã Tân Uyên', { kind: undefined })], [[3, 'Xã Tân Uyên', 'a on row 2']]],
    ['doubled spaces', [commune('a', 'Tân Uyên'), commune('b', 'Tân  Uyên')], [[3, 'Tân  Uyên', 'a on row 2']]],
    ['five lookalikes: each after the first named once', [commune('a', 'Tân Uyên'), commune('b', 'tân uyên'), commune('c', 'TÂN UYÊN'), commune('d', 'Tân Uyên '), commune('e', 'Ta\u0302n Uyên')], [[3, 'tân uyên', 'a on row 2'], [4, 'TÂN UYÊN', 'a on row 2'], [5, 'Tân Uyên ', 'a on row 2'], [6, 'Ta\u0302n Uyên', 'a on row 2']]],
    ['periods that overlap by a day', [commune('a', 'Tân Uyên', { validTo: '2025-12-31' }), commune('b', 'Tân Uyên', { validFrom: '2025-12-31' })], [[3, 'Tân Uyên', 'a on row 2']]],
  ])('%s', (_, areas, expected) => {
    expect(found(areas)).toEqual(expected);
  });

  it.each([
    ['the district before 2025 and the commune after (Lai Châu: Sìn Hồ)', [{ id: 'sin-ho', name: 'Sìn Hồ', level: 'district', parent: 'lai-chau', kind: 'huyện', validTo: '2025-06-30' }, commune('xa-sin-ho', 'Sìn Hồ')]],
    ['one name in two provinces', [commune('a', 'Tân Lập'), commune('b', 'Tân Lập', { parent: 'son-la' })]],
    ['a town and a district of one name at once (Long Mỹ)', [{ id: 'a', name: 'Long Mỹ', level: 'district', parent: 'hau-giang', kind: 'huyện' }, { id: 'b', name: 'Long Mỹ', level: 'district', parent: 'hau-giang', kind: 'thị xã' }]],
    ['one unit after another, a day apart', [commune('a', 'Tân Uyên', { validTo: '2025-12-30' }), commune('b', 'Tân Uyên', { validFrom: '2025-12-31' })]],
    ['names that differ', [commune('a', 'Tân Uyên'), commune('b', 'Than Uyên')]],
  ] as [string, Area[]][])('%s is fine', (_, areas) => {
    expect(found(areas)).toEqual([]);
  });

  it('a unit of the current catalog (no row) is named, the file row answers for it', () => {
    const areas = [commune('a', 'Tân Uyên'), commune('b', 'TÂN UYÊN')];
    const fileOnly = (index: number) => (index === 1 ? { row: 9, column: 'Tên' } : null);
    expect(lookalikeNameIssues(areas, fileOnly).map((i) => [i.row, i.column, i.message.vi.includes('trong danh mục hiện có')])).toEqual([[9, 'Tên', true]]);
    expect(lookalikeNameIssues(areas, () => null)).toEqual([]);
  });

  it('the later row is the one reported, whatever the order of validity', () => {
    const areas = [commune('a', 'Tân Uyên', { validFrom: '2026-01-01' }), commune('b', 'tân uyên', { validFrom: '2025-07-01' })];
    expect(found(areas)).toEqual([[3, 'tân uyên', 'a on row 2']]);
  });
});
