import { describe, expect, it } from 'vitest';
import { analyzeUpload, analyzeUploadWhole } from './analyze-upload';
import { createEdgeRowCheck, splitTableEdges } from './table-edges';
import { buildDataset } from '../../testing/builders';

const catalog = buildDataset();
const bytes = (text: string) => new TextEncoder().encode(text);
const codes = (issues: { code: string; severity: string }[]) => issues.map((i) => `${i.severity}:${i.code}`);

const WIDE = 'Huyện,Năm,Thu ngân sách KH,Thu ngân sách TH,Ghi chú\nSìn Hồ,2021,100,120,\nTam Đường,2021,200,180,ước\nPhong Thổ,2021,50,55,\n';
const LONG = 'Huyện,Năm,Chỉ tiêu,KH,TH\nSìn Hồ,2021,budget_revenue,100,120\nTam Đường,2021,budget_revenue,200,180\nPhong Thổ,2021,budget_revenue,50,55\n';

describe('totals and footnotes of an office table', () => {
  it.each([
    ['a wide file', WIDE, 'Tổng cộng,2021,350,355,\n'],
    ['a wide file, total without diacritics', WIDE, 'TONG CONG,2021,350,355,\n'],
    ['a long file', LONG, 'Tổng số,2021,budget_revenue,350,355\n'],
    ['a long file, "Toàn tỉnh"', LONG, 'Toàn tỉnh,2021,budget_revenue,350,355\n'],
  ])('%s: the total row is left out with one note, the footnotes skipped with one', (_, table, total) => {
    const file = `${table}${total}Ghi chú: số liệu ước tính,,,,\n* Chưa kể xã mới,,,,\nNgười lập biểu,,,Thủ trưởng đơn vị,\n,,,Nguyễn Văn An,\n`;
    for (const analyze of [analyzeUpload, analyzeUploadWhole]) {
      const analysis = analyze(bytes(file), catalog);
      expect(analysis.observations.map((o) => o.area)).toEqual(['sin-ho', 'tam-duong', 'phong-tho']);
      expect(codes(analysis.issues)).toEqual(['warning:total-rows-left-out', 'warning:footnote-rows-skipped']);
      expect(analysis.issues[0]).toMatchObject({ row: 5, column: 'Huyện' });
      expect(analysis.issues[1]?.message.vi).toContain('4 dòng cuối tệp (dòng 6, 7, 8, 9)');
    }
  });

  it.each([
    ['plan', 'Tổng cộng,2021,360,355,\n', 'KH 360', '350'],
    ['actual', 'Tổng cộng,2021,350,300,\n', 'TH 300', '355'],
  ])('a total whose %s is not the sum of the units is a warning naming both figures', (_, total, stated, sum) => {
    const analysis = analyzeUpload(bytes(`${WIDE}${total}`), catalog);
    expect(analysis.observations).toHaveLength(3);
    const differs = analysis.issues.find((i) => i.code === 'total-differs');
    expect(differs).toMatchObject({ severity: 'warning', row: 5 });
    expect(differs?.message.vi).toContain(stated);
    expect(differs?.message.vi).toContain(`được ${sum}`);
  });

  it('checks no sum for an indicator that does not add up (a rate)', () => {
    const file = 'Huyện,Năm,Tỷ lệ hộ nghèo KH,Tỷ lệ hộ nghèo TH\nSìn Hồ,2021,20,18\nTam Đường,2021,30,25\nTổng cộng,2021,24,21\n';
    expect(codes(analyzeUpload(bytes(file), catalog).issues)).toEqual(['warning:total-rows-left-out']);
  });

  it('keeps a note-like row in the middle of the table as a row with its errors', () => {
    const file = `${LONG.split('\n').slice(0, 2).join('\n')}\nGhi chú: xem dưới,,,,\n${LONG.split('\n').slice(2).join('\n')}`;
    const analysis = analyzeUpload(bytes(file), catalog);
    expect(analysis.observations).toHaveLength(3);
    expect(analysis.issues.some((i) => i.severity === 'error' && i.row === 3)).toBe(true);
  });
});

describe('splitTableEdges', () => {
  const row = (line: number, ...cells: string[]) => ({ line, cells });
  it.each([
    [[row(2, 'A', '2021', '1'), row(3, '', '', '')], 1, 0, 1],
    [[row(2, 'A', '2021', '1'), row(3, 'Cộng', '2021', '1'), row(4, 'B', '2021', '1')], 2, 1, 0],
    [[row(2, 'Ghi chú: x', '', ''), row(3, 'A', '2021', '1')], 2, 0, 0],
    [[row(2, 'Nguồn: Cục Thống kê', '', '')], 1, 0, 0],
    [[row(2, 'A', '2021', '1'), row(3, 'Tổng', '2021', '2'), row(4, 'Nguồn: Cục Thống kê', '', '')], 1, 1, 1],
  ])('%j → %i data, %i totals, %i footnotes', (rows, data, totals, footnotes) => {
    const edges = splitTableEdges(rows, 0);
    expect([edges.data.length, edges.totals.length, edges.footnotes.length]).toEqual([data, totals, footnotes]);
  });
});

describe('createEdgeRowCheck', () => {
  const check = createEdgeRowCheck(0, 1);
  it.each([
    [['Sìn Hồ', '2021', '1'], false],
    [['Tổng cộng', '2021', '1'], true],
    [['Ghi chú: x', '', ''], true],
    [['Người lập biểu', '', 'Thủ trưởng đơn vị'], true],
    [['Tông Qua Lìn', '2021', '1'], false],
    [['Nguyễn Văn An', '2021', '1'], false],
  ])('%j → %s', (cells, edge) => {
    expect(check(cells)).toBe(edge);
    expect(check(cells)).toBe(edge);
  });
});
