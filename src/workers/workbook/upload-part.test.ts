import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAreasCsv, parseIndicatorsCsv } from '../../domain/catalog/parse-catalog';
import { analyzeParts } from '../../domain/upload/analyze-parts';
import type { UploadOptions } from '../../domain/upload/upload-options';
import { partOf } from './upload-part';

/** The corpus's office forms through the upload's whole analysis: workbook → form → the CSV path's checks. */
const data = (name: string) => readFileSync(`${process.cwd()}/data/${name}`, 'utf8');
const areas = parseAreasCsv(data('areas.csv'));
const indicators = parseIndicatorsCsv(data('indicators.csv'));
if (!areas.ok || !indicators.ok) throw new Error('data/*.csv does not parse');
const catalog = { areas: areas.data, indicators: indicators.data, history: [] };
const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(`${process.cwd()}/data/workbooks/${name}`)) });

async function analyze(names: string[], options: UploadOptions = {}) {
  const parts = await Promise.all(names.map((n) => partOf(file(n), options)));
  return analyzeParts(parts, catalog, options);
}
const rowsOf = (a: Awaited<ReturnType<typeof analyze>>) => a.table.toObservations();

describe('an office workbook through the upload', () => {
  it('reads the wide two-row form: 38 communes × 2 indicators, year from the title, figures unchanged', async () => {
    const a = await analyze(['header-two-rows.xlsx']);
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const rows = rowsOf(a);
    expect(rows).toHaveLength(76);
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set([2025]));
    const first = rows.find((r) => r.indicator === 'budget_revenue');
    expect(first).toMatchObject({ plan: 10, actual: 10.5 });
    expect(rows.find((r) => r.indicator === 'poverty_rate')).toMatchObject({ plan: 24.53 });
    expect(a.forms?.[0]).toMatchObject({ sheet: 'Xã phường', shape: 'wide', headerRow: { value: 2, depth: 2 }, period: { value: { year: 2025 }, source: 'guess' }, unitColumn: { letter: 'B' } });
  });

  it('takes the analyst\'s mapping of a form\'s columns', async () => {
    const proposed = await analyze(['header-two-rows.xlsx']);
    // The poverty columns left out: only the budget's 38 rows remain.
    const targets = proposed.targets.map((t) => (t.kind === 'figure' && t.indicator === 'poverty_rate' ? { kind: 'ignore' as const } : t));
    const mapped = await analyze(['header-two-rows.xlsx'], { targets });
    expect(new Set(rowsOf(mapped).map((r) => r.indicator))).toEqual(new Set(['budget_revenue']));
    expect(mapped.table.length).toBe(38);
  });

  it('reads a long form for the commune its title names, and locates issues as sheet cells', async () => {
    const a = await analyze(['long-form.xlsx']);
    const rows = rowsOf(a);
    expect(rows.map((r) => r.indicator).sort()).toEqual(['budget_revenue', 'poverty_rate']);
    expect(new Set(rows.map((r) => r.area))).toEqual(new Set(['xa-muong-kim']));
    expect(a.forms?.[0]?.area).toMatchObject({ value: 'Mường Kim', source: 'guess' });
    // "Tổng sản phẩm trên địa bàn (GRDP)" is no indicator of the catalog: named at its cell.
    const unknown = a.issues.find((i) => i.code === 'invalid-indicator');
    expect(unknown?.cell).toMatch(/^Xã Mường Kim!B\d+$/);
  });

  it('takes the analyst\'s year and unit over the guesses', async () => {
    const a = await analyze(['long-form.xlsx'], { form: { year: 2024, area: 'lai-chau' } });
    expect(new Set(rowsOf(a).map((r) => `${r.area} ${r.year}`))).toEqual(new Set(['lai-chau 2024']));
  });

  it('keeps totals out of the data and warns where the total is wrong', async () => {
    const right = await analyze(['totals.xlsx'], { sheets: { 'totals.xlsx': ['Tổng đúng'] } });
    expect(right.issues.filter((i) => i.code === 'total-mismatch')).toEqual([]);
    const wrong = await analyze(['totals.xlsx'], { sheets: { 'totals.xlsx': ['Tổng sai'] } });
    expect(wrong.issues.some((i) => i.code === 'total-mismatch' && i.cell?.startsWith('Tổng sai!'))).toBe(true);
    expect(rowsOf(wrong).some((r) => /tong/i.test(r.area))).toBe(false);
  });

  it('reads several files as one upload, reported file by file', async () => {
    const a = await analyze(['header-two-rows.xlsx', 'long-form.xlsx']);
    expect(a.parts?.map((p) => [p.file, p.sheet, p.validRows])).toEqual([['header-two-rows.xlsx', 'Xã phường', 76], ['long-form.xlsx', 'Xã Mường Kim', 2]]);
    // long-form.xlsx has an unknown indicator (an error): its good rows go in only when the analyst says so.
    expect(a.parts?.map((p) => p.kept)).toEqual([true, false]);
    expect(a.table.length).toBe(76);
    expect(a.issues.find((i) => i.code === 'invalid-indicator')?.file).toBe('long-form.xlsx');
    const kept = await analyze(['header-two-rows.xlsx', 'long-form.xlsx'], { keepGoodRows: true });
    expect(kept.table.length).toBe(78);
  });

  it('reads a long form for the province its letterhead names', async () => {
    const a = await analyze(['title-block.xlsx']);
    const rows = rowsOf(a).map((r) => `${r.area} ${r.year} ${r.indicator} ${r.plan} ${r.actual}`).sort();
    expect(rows).toEqual(['lai-chau 2025 budget_revenue 3500 3712.4', 'lai-chau 2025 poverty_rate 24.53 23.9']);
    expect(a.forms?.[0]).toMatchObject({ headerRow: { value: 5 }, oneUnit: true, area: { value: 'Lai Châu' } });
  });

  it.each(['title-block.xls', 'title-block.ods'])('%s (Excel 97-2003, OpenDocument) goes the same way: the form, its year, its issues at their cells', async (name) => {
    const a = await analyze([name]);
    expect(a.forms?.[0]).toMatchObject({ sheet: 'Biểu 01', headerRow: { value: 2 }, period: { value: { year: 2025 } }, oneUnit: true, area: null });
    // No unit named anywhere: said once, with how to choose it; no row is checked before.
    expect(a.issues.map((i) => [i.code, i.cell])).toEqual([['form-no-area', null]]);
    const chosen = await analyze([name], { form: { area: 'lai-chau' } });
    expect(chosen.issues.map((i) => [i.code, i.cell])).toEqual([['invalid-indicator', 'Biểu 01!A3']]);
  });

  it('refuses a hostile workbook with its reason, as an issue of the file', async () => {
    const a = await analyze(['hostile-zip-bomb.xlsx']);
    expect(a.table.length).toBe(0);
    expect(a.issues[0]?.code).toMatch(/^workbook-/);
  });
});
