import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeUpload } from './analyze-upload';
import { mappingChoices } from './unknown-areas';
import { parseAreasCsv } from '../catalog/parse-catalog';
import { buildIndicator, buildObservation } from '../../testing/builders';

const shipped = parseAreasCsv(readFileSync('data/areas.csv', 'utf8'));
if (!shipped.ok) throw new Error('data/areas.csv does not parse');
const areas = shipped.data;
const catalog = { areas, indicators: [buildIndicator()], history: [buildObservation({ area: 'tan-uyen', year: 2024, indicator: 'budget_revenue', actual: 80 })] };
const bytes = (text: string) => new TextEncoder().encode(text);

const COMMUNES = '\uFEFFĐơn vị;Năm;Chỉ tiêu;Kế hoạch;Thực hiện\nXa Tan Uyen;2025;budget_revenue;20;21,5\nHuyen Tan Uyen;2025;budget_revenue;20;21,5\nHuyen Than Uyen;2025;budget_revenue;9;9\nAtlantis;2025;budget_revenue;1;1\n';

describe('area names that match no unit in force, with what they may be mapped to', () => {
  const analysis = analyzeUpload(bytes(COMMUNES), catalog);

  it('lists each failing name once, with its code, years and suggestions (successors first)', () => {
    expect(analysis.observations.map((o) => o.area)).toEqual(['xa-tan-uyen']);
    expect(analysis.unknownAreas.map((u) => [u.name, u.code, u.years])).toEqual([
      ['Huyen Tan Uyen', 'area-out-of-force', [2025]],
      ['Huyen Than Uyen', 'area-out-of-force', [2025]],
      ['Atlantis', 'invalid-area', [2025]],
    ]);
    expect(analysis.unknownAreas[1]?.successors).toEqual(['xa-muong-kim', 'xa-khoen-on', 'xa-than-uyen', 'xa-muong-than']);
    expect(analysis.unknownAreas[1]?.closest).not.toContain('xa-than-uyen');
    expect(analysis.unknownAreas[2]).toMatchObject({ successors: [], closest: expect.arrayContaining([expect.any(String)]) as unknown });
  });

  it('offers only units in force in the name’s years, the suggested ones first', () => {
    const choices = mappingChoices(areas, analysis.unknownAreas[0]!);
    expect(choices.successors.map((a) => a.id)).toEqual(['xa-pac-ta', 'xa-nam-so', 'xa-tan-uyen', 'xa-muong-khoa']);
    const offered = [...choices.successors, ...choices.closest, ...choices.others];
    expect(new Set(offered.map((a) => a.id)).size).toBe(offered.length);
    expect(offered.some((a) => a.level === 'district' || a.level === 'cluster')).toBe(false);
    expect(offered.filter((a) => a.level === 'commune')).toHaveLength(38);
    expect(offered.map((a) => a.id)).toContain('lai-chau');
    // Both years: no unit of one period only.
    expect(mappingChoices(areas, { years: [2024, 2025], successors: ['xa-tan-uyen'], closest: ['tan-uyen'] })).toMatchObject({ successors: [], closest: [] });
    expect(mappingChoices(areas, { years: [2024, 2025], successors: [], closest: [] }).others.map((a) => a.level)).toEqual(['province', 'province', 'province', 'province', 'province']);
  });

  it('an alias places the old district’s row in the commune, and the collision is a duplicate', () => {
    const mapped = analyzeUpload(bytes(COMMUNES), catalog, { areaAliases: { 'Huyen Tan Uyen': 'xa-tan-uyen', 'Huyen Than Uyen': 'xa-than-uyen' } });
    expect(mapped.observations.map((o) => o.area)).toEqual(['xa-tan-uyen', 'xa-than-uyen']);
    expect(mapped.issues.map((i) => [i.code, i.row])).toEqual([['duplicate-row', 3], ['invalid-area', 5]]);
    expect(mapped.areaAliasesUsed).toEqual([{ name: 'Huyen Tan Uyen', area: 'xa-tan-uyen' }, { name: 'Huyen Than Uyen', area: 'xa-than-uyen' }]);
    expect(mapped.unknownAreas.map((u) => u.name)).toEqual(['Atlantis']);
  });

  it('an area defined during the upload joins the catalog when a row uses it', () => {
    const defined = { id: 'dac-khu-atlantis', name: 'Atlantis', level: 'commune' as const, parent: 'lai-chau', kind: 'đặc khu', validFrom: '2025-07-01', source: 'Báo cáo thử nghiệm 2025' };
    const mapped = analyzeUpload(bytes(COMMUNES), catalog, { areaAliases: { Atlantis: 'dac-khu-atlantis' }, extraAreas: [defined, { ...defined, id: 'unused' }] });
    expect(mapped.observations.map((o) => o.area)).toContain('dac-khu-atlantis');
    expect(mapped.newAreas).toEqual([defined]);
  });

  it('a defined area with a control character in its name, or an unknown parent, does not join', () => {
    const bad = { id: 'xa-bad', name: 'Xã\u0007Bad', level: 'commune' as const, parent: 'lai-chau' };
    const orphan = { id: 'xa-orphan', name: 'Orphan', level: 'commune' as const, parent: 'nowhere' };
    const mapped = analyzeUpload(bytes(COMMUNES), catalog, { areaAliases: { Atlantis: 'xa-bad', 'Huyen Than Uyen': 'xa-orphan' }, extraAreas: [bad, orphan] });
    expect(mapped.newAreas).toEqual([]);
    expect(mapped.issues.map((i) => i.code)).toContain('control-character');
  });
});

const AREAS_VI = '\uFEFFMã;Tên;Cấp;Trực thuộc;Loại;Hiệu lực từ;Hiệu lực đến;Tiền thân;Hình thức;Nguồn;Ghi chú\n';

describe('an areas catalog file uploads on its own', () => {
  it('is detected by its header and diffed against the catalog', () => {
    const analysis = analyzeUpload(bytes(`${AREAS_VI}dac-khu-thu;Thử Nghiệm;commune;lai-chau;đặc khu;01/07/2025;;xa-pac-ta;split_from;Báo cáo thử nghiệm 2025;\nxa-tan-uyen;Tân Uyên;commune;lai-chau;xã;01/07/2025;;tan-uyen;split_from;"${areas.find((a) => a.id === 'xa-tan-uyen')?.source}";"${areas.find((a) => a.id === 'xa-tan-uyen')?.note}"\n`), catalog);
    expect(analysis).toMatchObject({ layout: 'areas', delimiter: ';', rowCount: 2, issues: [], observations: [] });
    expect(analysis.catalog).toMatchObject({ mode: 'merge', unchanged: 1, removed: [], changed: [] });
    expect(analysis.catalog?.added.map((a) => [a.id, a.validFrom])).toEqual([['dac-khu-thu', '2025-07-01']]);
    expect(analysis.catalog?.result).toHaveLength(areas.length + 1);
  });

  it('with an error commits nothing, and the error is located', () => {
    const analysis = analyzeUpload(bytes(`${AREAS_VI}dac-khu-thu;Thử Nghiệm;commune;lai-chau;đặc khu;01/07/2025;;;;;\nxa-b;B;commune;atlantis;xã;32/07/2025;;;;;\n`), catalog);
    expect(analysis.catalog?.result).toEqual([]);
    expect(analysis.issues.map((i) => [i.code, i.row, i.column])).toEqual([['invalid-date', 3, 'Hiệu lực từ']]);
  });

  it('refuses a cut validity that leaves stored figures outside, naming how many', () => {
    const district = areas.find((a) => a.id === 'tan-uyen')!;
    const row = ['tan-uyen', district.name, 'district', 'lai-chau', 'huyện', '', '31/12/2023', '', '', district.source ?? '', ''].join(';');
    const analysis = analyzeUpload(bytes(`${AREAS_VI}${row}\n`), catalog);
    expect(analysis.issues).toEqual([expect.objectContaining({ code: 'validity-cuts-figures', row: 2, column: 'Hiệu lực đến', value: '31/12/2023' })]);
    expect(analysis.issues[0]?.message.vi).toContain('1 số liệu đã lưu năm 2024');
  });
});
