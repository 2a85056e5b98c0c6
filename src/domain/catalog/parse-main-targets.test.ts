import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mainTargetsToCsv } from '../dataset/dataset-export';
import { LIMITS } from '../limits';
import { mainListsOf } from '../main-targets';
import { parseAreasCsv, parseIndicatorsCsv } from './parse-catalog';
import { parseMainTargetsCsv } from './parse-main-targets';

const read = <T,>(result: { ok: true; data: T } | { ok: false }, what: string): T => {
  if (!result.ok) throw new Error(`${what} does not parse`);
  return result.data;
};
const areas = read(parseAreasCsv(readFileSync('data/areas.csv', 'utf8')), 'data/areas.csv');
const indicators = read(parseIndicatorsCsv(readFileSync('data/indicators.csv', 'utf8')), 'data/indicators.csv');
const parse = (text: string) => parseMainTargetsCsv(text, areas, indicators);
const HEADER = 'area,year,indicator,scope,source,note';

describe('main-targets.csv', () => {
  it('the built-in file holds exactly what seed 001 names: some of Lai Châu’s main targets for 2024, one list, partial, quoted', () => {
    const rows = read(parse(readFileSync('data/main-targets.csv', 'utf8')), 'data/main-targets.csv');
    expect(rows.map((r) => r.indicator)).toEqual(['grdp_growth', 'grdp_per_capita', 'budget_revenue', 'standard_schools', 'birth_rate_reduction', 'poverty_reduction', 'jobs_created']);
    expect(rows.every((r) => r.area === 'lai-chau' && r.year === 2024 && r.scope === 'partial' && r.note.includes('một số chỉ tiêu chủ yếu năm 2024'))).toBe(true);
    expect(mainListsOf(rows)).toEqual([{ area: 'lai-chau', year: 2024, indicators: rows.map((r) => r.indicator), scope: 'partial', source: 'Chỉ thị 477/CT-UBND (07/02/2024) của UBND tỉnh Lai Châu' }]);
  });

  it('reads Vietnamese headers, names and scopes as written, with or without diacritics, and writes back the canonical form', () => {
    const text = 'Đơn vị;Năm;Chỉ tiêu;Phạm vi;Nguồn;Ghi chú\nTỉnh Lai Châu;2024;Thu ngân sách nhà nước trên địa bàn;một số;NQ 1;\nlai chau;2024;giai quyet viec lam moi;Một số;NQ 1;trích\nTân Uyên;2019;Diện tích trồng chè mới;đầy đủ;NQ 2;';
    const rows = read(parse(text), 'the file');
    expect(rows.map((r) => `${r.area}:${r.year}:${r.indicator}:${r.scope}`)).toEqual(['lai-chau:2024:budget_revenue:partial', 'lai-chau:2024:jobs_created:partial', 'tan-uyen:2019:new_tea_area:complete']);
    expect(parse(mainTargetsToCsv(rows))).toEqual(parse(text));
    expect(mainListsOf(rows).map((l) => [l.area, l.year, l.indicators.length, l.scope])).toEqual([['lai-chau', 2024, 2, 'partial'], ['tan-uyen', 2019, 1, 'complete']]);
  });

  it.each<[string, string, string, string, string]>([
    ['an unknown area, with the closest names', 'Lai Chauu,2024,grdp_growth,partial,s,', 'unknown-area', 'area', 'Lai Châu'],
    ['a unit not in force that year (Lào Cai before its 2025 merger)', 'lao-cai-2025,2024,grdp_growth,partial,s,', 'unknown-area', 'area', 'không còn hiệu lực'],
    ['an unknown indicator, with the closest names', 'lai-chau,2024,GRDP binh quan,partial,s,', 'unknown-indicator', 'indicator', 'GRDP bình quân đầu người (grdp_per_capita)'],
    ['a year that is not a year', 'lai-chau,24,grdp_growth,partial,s,', 'invalid-year', 'year', '4 chữ số'],
    ['a scope other than complete or partial', 'lai-chau,2024,grdp_growth,some,s,', 'unknown-scope', 'scope', '"partial" (một số)'],
    ['no source', 'lai-chau,2024,grdp_growth,partial,,', 'missing-source', 'source', 'Thiếu nguồn'],
    ['a control character in the indicator', 'lai-chau,2024,grdp\u0007growth,partial,s,', 'control-character', 'indicator', 'U+0007'],
    ['a right-to-left override in the indicator', 'lai-chau,2024,grdp_growth\u202E,partial,s,', 'invisible-character', 'indicator', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['a zero-width joiner in the area', 'lai-chau\u200D,2024,grdp_growth,partial,s,', 'invisible-character', 'area', 'U+200D ZERO WIDTH JOINER'],
  ])('refuses %s, located (row 2, column, value, fix)', (_, row, code, column, fix) => {
    const result = parse(`${HEADER}\n${row}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const found = result.issues.find((i) => i.code === code);
    expect(found).toMatchObject({ severity: 'error', row: 2, column });
    expect(found?.value).not.toBeNull();
    expect(found?.message.vi).toContain(fix);
    expect(found?.message.en).not.toBe('');
  });

  it.each<[string, string, string, string, string]>([
    ['a repeated indicator (by id, then by name)', 'lai-chau,2024,grdp_growth,partial,s,\nlai-chau,2024,Tốc độ tăng trưởng GRDP,partial,s,', 'duplicate-target', 'indicator', 'Trùng với dòng 2'],
    ['a second source for the same list', 'lai-chau,2024,grdp_growth,partial,s,\nlai-chau,2024,jobs_created,partial,t,', 'list-source-differs', 'source', 'dòng 2'],
    ['a second scope for the same list', 'lai-chau,2024,grdp_growth,partial,s,\nlai-chau,2024,jobs_created,complete,s,', 'list-scope-differs', 'scope', 'Dòng 2'],
  ])('refuses %s at row 3, naming the first row', (_, rows, code, column, fix) => {
    const result = parse(`${HEADER}\n${rows}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.row, i.column])).toEqual([[code, 3, column]]);
    expect(result.issues[0]?.message.vi).toContain(fix);
  });

  it('refuses a file without a required column, and one over the size limit, before reading rows', () => {
    const noScope = parse('area,year,indicator,source\nlai-chau,2024,grdp_growth,s');
    expect(!noScope.ok && noScope.issues.map((i) => [i.code, i.row, i.column])).toEqual([['missing-column', 1, 'scope']]);
    const huge = parse(`${HEADER}\n${'x'.repeat(LIMITS.mainTargetsBytes)}`);
    expect(!huge.ok && huge.issues.map((i) => i.code)).toEqual(['file-too-large']);
  });
});
