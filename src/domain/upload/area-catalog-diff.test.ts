import { describe, expect, it } from 'vitest';
import type { Area } from '../model';
import { diffAreaCatalog } from './area-catalog-diff';
import { buildObservation } from '../../testing/builders';

const province: Area = { id: 'lai-chau', name: 'Lai Châu', level: 'province', parent: null, kind: 'tỉnh' };
const district: Area = { id: 'tan-uyen', name: 'Tân Uyên', level: 'district', parent: 'lai-chau', kind: 'huyện', validTo: '2025-06-30' };
const commune: Area = { id: 'xa-tan-uyen', name: 'Tân Uyên', level: 'commune', parent: 'lai-chau', kind: 'xã', validFrom: '2025-07-01', predecessors: ['tan-uyen'], succession: 'split_from' };
const spare: Area = { id: 'xa-thu', name: 'Thử', level: 'commune', parent: 'lai-chau', kind: 'xã', validFrom: '2025-07-01' };
const current = [province, district, commune, spare];
const figures = [2019, 2020, 2024].map((year) => buildObservation({ area: 'tan-uyen', year, actual: 1 }));
const rows = (...areas: Area[]) => areas.map((value, i) => ({ line: i + 2, value }));

describe('what an areas file does to the catalog', () => {
  it.each([
    ['adds a new unit', 'merge', rows({ ...spare, id: 'dac-khu-thu', kind: 'đặc khu' }), { added: 1, changed: 0, unchanged: 0, removed: 0, result: 5 }],
    ['sees a row it already has as unchanged', 'merge', rows(commune, province), { added: 0, changed: 0, unchanged: 2, removed: 0, result: 4 }],
    ['updates a unit’s note', 'merge', rows({ ...commune, note: 'thử' }), { added: 0, changed: 1, unchanged: 0, removed: 0, result: 4 }],
    ['keeps what a merged file lacks', 'merge', rows(province), { added: 0, changed: 0, unchanged: 1, removed: 0, result: 4 }],
    ['removes, in replace mode, an unused unit the file lacks', 'replace', rows(province, district, commune), { added: 0, changed: 0, unchanged: 3, removed: 1, result: 3 }],
  ] as const)('%s', (_, mode, incoming, counts) => {
    const diff = diffAreaCatalog(current, incoming, figures, mode);
    expect(diff.issues).toEqual([]);
    expect({ added: diff.added.length, changed: diff.changed.length, unchanged: diff.unchanged.length, removed: diff.removed.length, result: diff.result.length }).toEqual(counts);
  });

  it('keeps the catalog’s order, the changed rows in place and the new ones after', () => {
    const diff = diffAreaCatalog(current, rows({ ...spare, id: 'xa-moi' }, { ...commune, note: 'x' }), [], 'merge');
    expect(diff.result.map((a) => a.id)).toEqual(['lai-chau', 'tan-uyen', 'xa-tan-uyen', 'xa-thu', 'xa-moi']);
    expect(diff.result[2]?.note).toBe('x');
  });

  it.each([
    ['a validity cut before stored figures', { ...district, validTo: '2019-12-31' }, { code: 'validity-cuts-figures', row: 2, column: 'valid_to', value: '31/12/2019' }, '2 số liệu đã lưu năm 2020–2024'],
    ['a start after stored figures', { ...district, validFrom: '2020-01-01' }, { code: 'validity-cuts-figures', row: 2, column: 'valid_from', value: '01/01/2020' }, '1 số liệu đã lưu năm 2019'],
  ])('refuses %s, naming how many figures', (_, changed, expected, words) => {
    const diff = diffAreaCatalog(current, rows(changed), figures, 'merge', (f) => ({ id: 'Mã', valid_from: 'valid_from', valid_to: 'valid_to' })[f]);
    expect(diff.issues).toEqual([expect.objectContaining({ severity: 'error', ...expected })]);
    expect(diff.issues[0]?.message.vi).toContain(words);
  });

  it('a validity that still holds every figure is only a change', () => {
    expect(diffAreaCatalog(current, rows({ ...district, validTo: '2025-03-31' }), figures, 'merge').issues).toEqual([]);
  });

  it.each([
    ['a unit stored figures use', rows(province, commune, spare), 'tan-uyen', /3 số liệu đã lưu.*1 đơn vị ghi nó là đơn vị cha hoặc tiền thân \(xa-tan-uyen\)/],
    ['a parent of units kept', rows(district, commune, spare), 'lai-chau', /3 đơn vị ghi nó là đơn vị cha/],
  ])('refuses to remove %s', (_, incoming, id, words) => {
    const diff = diffAreaCatalog(current, incoming, figures, 'replace', (f) => (f === 'id' ? 'Mã' : f));
    expect(diff.issues).toEqual([expect.objectContaining({ code: 'area-still-used', row: null, column: 'Mã', value: id })]);
    expect(diff.issues[0]?.message.vi).toMatch(words);
  });
});
