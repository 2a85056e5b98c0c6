import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetFiles } from '../dataset/dataset-io';
import { analyzeCatalogExtra, catalogExtraKind } from './analyze-catalog-extra';
import { analyzeUpload } from './analyze-upload';

/** An awards.csv or main-targets.csv on /upload: told apart by its header, merged by unit and year (or award), blocked by any error. */
const read = (name: string) => readFileSync(`data/${name}`, 'utf8');
const parsed = parseDatasetFiles({ areas: read('areas.csv'), indicators: read('indicators.csv'), observations: read('observations.csv'), awards: read('awards.csv'), mainTargets: read('main-targets.csv') });
if (!parsed.ok) throw new Error('data/ does not parse');
const current = parsed.data;
const LISTS = 'area,year,indicator,scope,source,note';

describe('an awards or main-targets file on /upload', () => {
  it.each<[string[], string | null]>([
    [['area', 'year', 'award', 'status', 'source', 'note'], 'awards'],
    [['Đơn vị', 'Năm', 'Hình thức khen thưởng', 'Trạng thái', 'Nguồn'], 'awards'],
    [['area', 'year', 'indicator', 'scope', 'source', 'note'], 'main-targets'],
    [['Đơn vị', 'Năm', 'Chỉ tiêu', 'Phạm vi', 'Nguồn'], 'main-targets'],
    [['area', 'year', 'indicator', 'plan', 'actual'], null],
    [['id', 'name', 'level', 'parent'], null],
  ])('header %j is %s', (header, kind) => expect(catalogExtraKind(header)).toBe(kind));

  it.each<[string, string, [number, number, number], number]>([
    ['a new unit and year adds a list, the built-in one kept', `${LISTS}\ntan-uyen,2019,new_tea_area,complete,NQ thử nghiệm,\n`, [1, 0, 0], 8],
    ['the same list again changes nothing', read('main-targets.csv'), [0, 0, 1], 7],
    ['another list for the same unit and year replaces it whole', `${LISTS}\nlai-chau,2024,grdp_growth,complete,NQ thử nghiệm,\n`, [0, 1, 0], 1],
  ])('%s', (_, text, [added, changed, unchanged], total) => {
    const { issues, upload } = analyzeCatalogExtra('main-targets', text, current);
    expect(issues).toEqual([]);
    expect([upload.added, upload.changed, upload.unchanged]).toEqual([added, changed, unchanged]);
    expect(upload.mainTargets).toHaveLength(total);
  });

  it('an award of the same unit, year and kind replaces the stored one; others are kept', () => {
    const { upload } = analyzeCatalogExtra('awards', 'area,year,award,status,source,note\nlang-son,2016,government_flag,conferred,QĐ thử nghiệm,\n', current);
    expect([upload.added, upload.changed, upload.keys]).toEqual([0, 1, ['lang-son|2016|government_flag']]);
    expect(upload.awards?.map((a) => `${a.area}:${a.status}`)).toEqual(['lao-cai:proposed', 'lang-son:conferred']);
  });

  it('a file with an error has nothing to commit, and its issues are located', () => {
    const { issues, upload } = analyzeCatalogExtra('main-targets', `${LISTS}\nlai-chau,2024,grdp_growth,partial,,\n`, current);
    expect(issues.map((i) => [i.code, i.row, i.column])).toEqual([['missing-source', 2, 'source']]);
    expect(upload.mainTargets).toBeUndefined();
  });

  it('the upload reads such a file as its own layout, with no observation rows', () => {
    const analysis = analyzeUpload(new TextEncoder().encode(`${LISTS}\ntan-uyen,2019,new_tea_area,complete,NQ thử nghiệm,\n`), { ...current }, {});
    expect(analysis.layout).toBe('main-targets');
    expect(analysis.extra).toMatchObject({ kind: 'main-targets', validRows: 1, added: 1 });
    expect(analysis.observations).toEqual([]);
  });
});
