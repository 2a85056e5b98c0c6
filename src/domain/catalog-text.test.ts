import { describe, expect, it } from 'vitest';
import { parseAreasCsv, parseIndicatorsCsv } from './parse-catalog';
import { parseDatasetJson } from './dataset-io';
import { analyzeUpload } from './upload/analyze-upload';
import { buildDataset, buildIndicator } from '../testing/builders';

const located = (issues: readonly { severity: string; code: string; row: number | null; column: string | null; value: string | null }[]) =>
  issues.map(({ severity, code, row, column, value }) => ({ severity, code, row, column, value }));

const AREAS = 'id,name,level,parent\nlai-chau,Lai Châu,province,\n';
const INDICATORS = 'id,name_vi,name_en,unit,unit_en,direction,decimals,additive\n';

describe('catalog CSV files: ids, names and units', () => {
  it.each([
    ['a bell in an area name', parseAreasCsv(`${AREAS}sin-ho,Sìn\u0007Hồ,district,lai-chau\n`), { severity: 'error', code: 'control-character', row: 3, column: 'name', value: 'Sìn[U+0007]Hồ' }],
    ['a C1 control in a parent id', parseAreasCsv(`${AREAS}sin-ho,Sìn Hồ,district,lai\u0085chau\n`), { severity: 'error', code: 'control-character', row: 3, column: 'parent', value: 'lai[U+0085]chau' }],
    ['DEL in an indicator name', parseIndicatorsCsv(`${INDICATORS}x,Thu\u007F,Revenue,tỷ đồng,billion VND,higher_is_better,2,true\n`), { severity: 'error', code: 'control-character', row: 2, column: 'name_vi', value: 'Thu[U+007F]' }],
    ['a tab inside a unit', parseIndicatorsCsv(`${INDICATORS}x,Thu,Revenue,"tỷ\tđồng",billion VND,higher_is_better,2,true\n`), { severity: 'error', code: 'control-character', row: 2, column: 'unit', value: 'tỷ[U+0009]đồng' }],
    ['a formula as an English name', parseIndicatorsCsv(`${INDICATORS}x,Thu,"=HYPERLINK(""x"")",tỷ đồng,billion VND,higher_is_better,2,true\n`), { severity: 'warning', code: 'formula-cell', row: 2, column: 'name_en', value: '=HYPERLINK("x")' }],
  ])('%s', (_, result, expected) => {
    const issues = result.ok ? result.warnings : result.issues;
    expect(located(issues)).toEqual([expected]);
    expect(issues[0]?.message.vi).toMatch(/U\+|=/);
  });
});

const json = (change: { areas?: unknown[]; indicators?: unknown[] }) => {
  const { areas, indicators } = buildDataset();
  return JSON.stringify({ areas, indicators, observations: [], ...change });
};

describe('JSON uploads: the catalog they carry', () => {
  it.each([
    ['an area name with U+0000', { areas: [{ id: 'x', name: 'X\u0000', level: 'district', parent: null }] }, { severity: 'error', code: 'control-character', row: 1, column: 'areas.name', value: 'X[U+0000]' }],
    ['an area id with a lone surrogate', { areas: [{ id: 'x\ud800', name: 'X', level: 'district', parent: null }] }, { severity: 'error', code: 'control-character', row: 1, column: 'areas.id', value: 'x[U+D800]' }],
    ['an indicator unit with U+001B', { indicators: [buildIndicator({ unit: '\u001b[31mtỷ' })] }, { severity: 'error', code: 'control-character', row: 1, column: 'indicators.unit', value: '[U+001B][31mtỷ' }],
    ['an indicator name that is a formula', { indicators: [buildIndicator({ nameVi: '@SUM(1)' })] }, { severity: 'warning', code: 'formula-cell', row: 1, column: 'indicators.nameVi', value: '@SUM(1)' }],
    ['an English unit that is a formula', { indicators: [buildIndicator({ unitEn: '-cmd' })] }, { severity: 'warning', code: 'formula-cell', row: 1, column: 'indicators.unitEn', value: '-cmd' }],
  ])('%s', (_, change, expected) => {
    const result = parseDatasetJson(json(change));
    expect(located(result.ok ? result.warnings : result.issues)).toEqual([expected]);
  });
});

describe('an indicator the analyst defines during an upload', () => {
  const catalog = buildDataset();
  const file = new TextEncoder().encode('Huyện,Năm,Dân số TH\nSìn Hồ,2021,100\n');
  const target = { kind: 'figure', indicator: 'population', field: 'actual', label: 'Dân số' } as const;
  it.each([
    ['a control character in its name: an error, and it does not join the catalog', 'Dân\u0007số', { severity: 'error', code: 'control-character', row: null, column: 'population: nameVi', value: 'Dân[U+0007]số' }, 0],
    ['a formula-like name: a warning', '=Dân số', { severity: 'warning', code: 'formula-cell', row: null, column: 'population: nameVi', value: '=Dân số' }, 1],
  ])('%s', (_, nameVi, expected, valid) => {
    const first = analyzeUpload(file, catalog);
    const analysis = analyzeUpload(file, catalog, {
      targets: [first.targets[0]!, first.targets[1]!, target],
      extraIndicators: [buildIndicator({ id: 'population', nameVi, nameEn: 'Population', additive: true })],
    });
    expect(located(analysis.issues)).toContainEqual(expected);
    expect(analysis.observations).toHaveLength(valid);
  });
});
