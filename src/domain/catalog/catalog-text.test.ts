import { describe, expect, it } from 'vitest';
import { parseAreasCsv, parseIndicatorsCsv } from './parse-catalog';
import { parseDatasetJson } from '../dataset/dataset-io';
import { analyzeUpload } from '../upload/analyze-upload';
import { buildDataset, buildIndicator } from '../../testing/builders';

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
    ['a right-to-left override in an area name', parseAreasCsv(`${AREAS}sin-ho,Sìn Hồ\u202E,district,lai-chau\n`), { severity: 'error', code: 'invisible-character', row: 3, column: 'name', value: 'Sìn Hồ[U+202E]' }],
    ['a zero-width space in an area kind', parseAreasCsv(`id,name,level,parent,kind\nlai-chau,Lai Châu,province,,tỉnh\u200B\n`), { severity: 'error', code: 'invisible-character', row: 2, column: 'kind', value: 'tỉnh[U+200B]' }],
    ['a right-to-left mark in a predecessor', parseAreasCsv(`id,name,level,parent,predecessors\nlai-chau,Lai Châu,province,,\u200Fx\n`), { severity: 'error', code: 'invisible-character', row: 2, column: 'predecessors', value: '[U+200F]x' }],
    ['an isolate in a unit', parseIndicatorsCsv(`${INDICATORS}x,Thu,Revenue,\u2067tỷ đồng,billion VND,higher_is_better,2,true\n`), { severity: 'error', code: 'invisible-character', row: 2, column: 'unit', value: '[U+2067]tỷ đồng' }],
    ['a word joiner in an indicator id', parseIndicatorsCsv(`${INDICATORS}x\u2060,Thu,Revenue,tỷ đồng,billion VND,higher_is_better,2,true\n`), { severity: 'error', code: 'invisible-character', row: 2, column: 'id', value: 'x[U+2060]' }],
    ['a right-to-left override in an area note: cleaned', parseAreasCsv(`id,name,level,parent,note\nlai-chau,Lai Châu,province,,"đạt \u202E130%"\n`), { severity: 'warning', code: 'invisible-character-removed', row: 2, column: 'note', value: 'đạt [U+202E]130%' }],
    ['a bell in an area source: cleaned', parseAreasCsv(`id,name,level,parent,source\nlai-chau,Lai Châu,province,,NQ\u0007 202\n`), { severity: 'warning', code: 'control-character-removed', row: 2, column: 'source', value: 'NQ[U+0007] 202' }],
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
    ['an area kind with U+202E', { areas: [{ id: 'x', name: 'X', level: 'district', parent: null, kind: 'huyện\u202E' }] }, { severity: 'error', code: 'invisible-character', row: 1, column: 'areas.kind', value: 'huyện[U+202E]' }],
    ['a predecessor with U+FEFF', { areas: [{ id: 'x', name: 'X', level: 'district', parent: null, predecessors: ['y\uFEFF'] }] }, { severity: 'error', code: 'invisible-character', row: 1, column: 'areas.predecessors', value: 'y[U+FEFF]' }],
    ['an indicator name with U+200D', { indicators: [buildIndicator({ nameVi: 'Thu\u200D ngân sách' })] }, { severity: 'error', code: 'invisible-character', row: 1, column: 'indicators.nameVi', value: 'Thu[U+200D] ngân sách' }],
    ['an area note with U+2066: cleaned', { areas: [{ id: 'x', name: 'X', level: 'district', parent: null, note: '\u2066ghi chú' }] }, { severity: 'warning', code: 'invisible-character-removed', row: 1, column: 'areas.note', value: '[U+2066]ghi chú' }],
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
    ['a right-to-left override in its name: an error, and it does not join the catalog', 'Dân số\u202E', { severity: 'error', code: 'invisible-character', row: null, column: 'population: nameVi', value: 'Dân số[U+202E]' }, 0],
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

describe('JSON uploads: an area note or source is stored cleaned', () => {
  it.each([
    ['note', '\u2066ghi chú\u2069', 'ghi chú'],
    ['source', 'NQ\u200B 202/2025', 'NQ 202/2025'],
    ['note', 'dòng 1\ndòng 2', 'dòng 1\ndòng 2'],
  ])('%s %j → %j', (field, value, stored) => {
    const result = parseDatasetJson(json({ areas: [{ id: 'x', name: 'X', level: 'district', parent: null, [field]: value }] }));
    expect(result.ok && result.data.areas[0]?.[field as 'note' | 'source']).toBe(stored);
  });
});
