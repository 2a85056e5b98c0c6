import { describe, expect, it } from 'vitest';
import type { ReportDocument, ReportTable } from '../../../domain/report/document';
import { columnAlignments, columnWidths, isRunningNumber } from './table';

const table: ReportTable = {
  caption: 'Kết quả thực hiện các chỉ tiêu chủ yếu',
  columns: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'KH', 'TH', '% KH', 'Đánh giá'],
  rows: [
    ['1', 'Thu ngân sách nhà nước trên địa bàn', 'tỷ đồng', 'chưa có kế hoạch', 'chưa có số thực hiện', '203%', 'Vượt cao'],
    ['2', 'Giá trị xuất khẩu', 'triệu USD', '≈ 15,5', '18,5', '119,4%', 'Vượt'],
    ['1', 'Diện tích trồng chè mới', 'ha', '150', '195,5', '130,3%', 'Vượt cao'],
    ['2', 'Thu nhập bình quân đầu người', 'triệu đồng/người/năm', '≈ 7.042,57', '7.113', '101%', 'Vượt'],
  ],
};

describe('a targets table’s columns', () => {
  it('centre the running number, right-align the figures (with their “chưa có kế hoạch”), left-align the words', () => {
    expect(columnAlignments(table)).toEqual(['centre', 'left', 'left', 'right', 'right', 'right', 'left']);
  });

  it.each([
    ['English figures', ['1,234.5', '12.5%', '≈ 3'], 'right'],
    ['a column of words', ['Vượt', 'Đạt', '12'], 'left'],
    ['an empty column', ['', '', ''], 'left'],
    ['ranks, one unit not ranked', ['1', '2', '—'], 'centre'],
    ['counts of criteria', ['8/14', '2/14'], 'right'],
    ['whole-number achievements', ['33', '150', '450'], 'right'],
  ])('%s', (_, cells, alignment) => {
    const one: ReportTable = { caption: '', columns: ['x'], rows: cells.map((cell) => [cell]) };
    expect(columnAlignments(one)).toEqual([alignment]);
  });

  it.each([
    [['1', '2', '3'], true],
    [['1', '2', '2', '4', '—'], true],
    [['1', '2', '1', '2', '3'], true],
    [['33', '150', '450'], false],
    [['1', '3'], false],
    [['—'], false],
  ])('%j is a running number or rank: %s', (cells, expected) => expect(isRunningNumber(cells)).toBe(expected));

  it('a country’s running numbers, 1 to 3,300, are centred too', () => expect(isRunningNumber(Array.from({ length: 3300 }, (_, i) => String(i + 1)))).toBe(true));

  it('fill the text width exactly, the target’s name widest, no figure column narrower than its figures', () => {
    const widths = columnWidths(table);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9355);
    expect(Math.max(...widths)).toBe(widths[1]);
    expect(widths[3]).toBeGreaterThanOrEqual('≈ 7.042,57'.length * 120);
    expect(widths[2]).toBeGreaterThanOrEqual('đồng/người/năm'.length * 120);
  });

  it('lay out a table with no rows', () => {
    const widths = columnWidths({ caption: '', columns: ['A', 'B'], rows: [] });
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9355);
    expect(widths.every((w) => w > 0)).toBe(true);
  });
});

describe('a long table (a country’s ranking or summary by unit)', async () => {
  const { unzipSync, strFromU8 } = await import('fflate');
  const { reportDocx } = await import('./report-docx');
  const { LEAN_TABLE_ROWS, TABLE_CELL_STYLE } = await import('./table');
  const files = async (rows: number) => {
    const long: ReportTable = { caption: 'Xếp hạng', columns: ['Hạng', 'Đơn vị', 'Điểm'], rows: Array.from({ length: rows }, (_, i) => [String(i + 1), `Xã Thử ${i + 1}`, '101,25']) };
    const doc: ReportDocument = { language: 'vi', year: 2026, issuer: 'UBND', kind: 'BÁO CÁO', title: 'T', placeDate: 'P', sections: [{ heading: 'H', paragraphs: [], table: long }], sourcesHeading: 'S', sources: [] };
    const zip = unzipSync(new Uint8Array(await (await reportDocx(doc)).arrayBuffer()));
    return { body: strFromU8(zip['word/document.xml']!), styles: strFromU8(zip['word/styles.xml']!) };
  };

  it.each([
    [LEAN_TABLE_ROWS, false],
    [LEAN_TABLE_ROWS + 1, true],
  ])('of %i rows writes its cells through a paragraph style: %s', async (rows, lean) => {
    const { body, styles } = await files(rows);
    expect(body.includes(`<w:pStyle w:val="${TABLE_CELL_STYLE}"/>`)).toBe(lean);
    expect(styles.includes(`w:styleId="${TABLE_CELL_STYLE}"`)).toBe(lean);
    // Every cell is there either way, the header bold and in the table's font.
    for (const i of [1, rows]) expect(body).toContain(`>Xã Thử ${i}</w:t>`);
    expect(body.split('>101,25</w:t>').length - 1).toBe(rows);
    expect(body).toContain('<w:b/>');
    if (lean) expect(styles).toMatch(new RegExp(`w:styleId="${TABLE_CELL_STYLE}">.*Times New Roman.*<w:sz w:val="24"/>`));
  });
});
