import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { inflatedSizeIssue, zipIssues, type ZipLimits } from './zip-guard';

const corpus = (file: string) => new Uint8Array(readFileSync(`${process.cwd()}/data/workbooks/${file}`));
const zeros = (bytes: number) => new Uint8Array(bytes);
const small: ZipLimits = { workbookPartBytes: 1_000_000, workbookUnzippedBytes: 1_500_000, workbookZipRatio: LIMITS.workbookZipRatio };
const codes = (bytes: Uint8Array, limits: ZipLimits = small) => zipIssues(bytes, 'Biểu.xlsx', limits).map((i) => i.code);

describe('zipIssues', () => {
  it.each([
    ['a small workbook', zipSync({ 'xl/workbook.xml': strToU8('<w/>'), 'xl/worksheets/sheet1.xml': zeros(10_000) }), []],
    ['a part just within the bound', zipSync({ 'xl/worksheets/sheet1.xml': zeros(1_000_000) }), []],
    ['a part one byte over', zipSync({ 'xl/worksheets/sheet1.xml': zeros(1_000_001) }), ['workbook-part-too-large']],
    ['parts within but their total over', zipSync({ 'xl/worksheets/sheet1.xml': zeros(800_000), 'xl/worksheets/sheet2.xml': zeros(800_000) }), ['workbook-unzipped-too-large']],
    ['the zip magic and nothing readable', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), ['workbook-unreadable']],
    ['an .xls (no zip): its size only', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), []],
  ] as const)('%s', (_, bytes, expected) => {
    expect(codes(bytes)).toEqual(expected);
  });

  it('refuses an absurd ratio once the file is big enough to matter', () => {
    const digits = strToU8(Array.from({ length: 9 * 1024 * 1024 }, (_, i) => String((i * 7919) % 10)).join(''));
    expect(codes(zipSync({ 'xl/worksheets/sheet1.xml': zeros(9 * 1024 * 1024) }, { level: 9 }), LIMITS)).toEqual(['workbook-zip-ratio']);
    expect(codes(zipSync({ 'xl/worksheets/sheet1.xml': digits }, { level: 9 }), LIMITS)).toEqual([]);
    expect(codes(zipSync({ 'xl/worksheets/sheet1.xml': zeros(1024 * 1024) }, { level: 9 }), LIMITS)).toEqual([]);
  });

  it('refuses the corpus bomb from its directory alone, in milliseconds', () => {
    const started = performance.now();
    const [issue] = zipIssues(corpus('hostile-zip-bomb.xlsx'), 'bom.xlsx');
    expect(issue?.code).toBe('workbook-part-too-large');
    expect(issue?.column).toBe('xl/worksheets/sheet1.xml');
    expect(issue?.message.vi).toMatch(/"bom.xlsx".*"xl\/worksheets\/sheet1.xml".*160,\d MB.*96 MB.*chia tệp/);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('inflatedSizeIssue', () => {
  const bytes = zipSync({ 'a.xml': zeros(200_000), 'b.xml': strToU8('<b/>') });
  it.each([
    ['sizes as declared', new Map([['a.xml', 200_000], ['b.xml', 4]]), null],
    ['a part that inflates past what it declares', new Map([['a.xml', 4_096], ['b.xml', 4]]), 'a.xml'],
    ['a part the directory does not name', new Map([['a.xml', 200_000]]), 'b.xml'],
  ] as const)('%s', (_, declared, part) => {
    expect(inflatedSizeIssue(bytes, 'x.xlsx', declared, small)?.column ?? null).toBe(part);
  });

  it('stops the forged bomb of the corpus while inflating it', () => {
    const [issue] = zipIssues(corpus('hostile-lying-sizes.xlsx'), 'forged.xlsx');
    expect(issue).toMatchObject({ code: 'workbook-part-lied', column: 'xl/worksheets/sheet1.xml', value: '4096' });
  });
});
