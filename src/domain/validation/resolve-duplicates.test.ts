import { describe, expect, it } from 'vitest';
import { resolveDuplicates, type KeyedRows } from './resolve-duplicates';

/** Rows given as [key, figure]; the spreadsheet row is the position + 2 (after the header). */
const keyed = (rows: [number, number][]): KeyedRows => ({
  length: rows.length,
  key: (i) => rows[i]![0],
  keySpace: 100,
  row: (i) => i + 2,
  sameFigures: (i, j) => rows[i]![1] === rows[j]![1],
  keyColumn: () => 'area, year, indicator',
  keyValue: (i) => `k${rows[i]![0]}`,
});

describe('resolveDuplicates', () => {
  it.each([
    ['distinct keys: nothing rejected', [[1, 5], [2, 5], [3, 5]], null, []],
    ['same figures: the first kept, the later named', [[1, 5], [1, 5], [2, 5]], [0, 1, 0], ['Trùng với dòng 2: cùng đơn vị, năm và chỉ tiêu. Giữ một dòng và xoá dòng kia.']],
    ['different figures: none kept, each names the other', [[1, 5], [1, 6]], [1, 1], [
      'Trùng với dòng 3 nhưng số liệu khác: cùng đơn vị, năm và chỉ tiêu; không dòng nào được ghi. Giữ lại dòng đúng và xoá dòng kia.',
      'Trùng với dòng 2 nhưng số liệu khác: cùng đơn vị, năm và chỉ tiêu; không dòng nào được ghi. Giữ lại dòng đúng và xoá dòng kia.',
    ]],
  ] as const)('%s', (_, rows, rejected, messages) => {
    const result = resolveDuplicates(keyed(rows.map(([k, f]) => [k, f])));
    expect(result.rejected ? [...result.rejected] : null).toEqual(rejected);
    expect(result.issues.map((i) => i.message.vi)).toEqual(messages);
  });

  it('a key repeated 300 times with different figures: each message names five rows and counts the rest', () => {
    const rows: [number, number][] = Array.from({ length: 300 }, (_, i) => [7, i]);
    const { rejected, issues } = resolveDuplicates(keyed(rows));
    expect(rejected?.every((r) => r === 1)).toBe(true);
    expect(issues).toHaveLength(300);
    expect(issues[0]!.message.vi).toBe('Trùng với dòng 3, 4, 5, 6, 7 và 294 dòng khác nhưng số liệu khác: cùng đơn vị, năm và chỉ tiêu; không dòng nào được ghi. Giữ lại dòng đúng và xoá các dòng kia.');
    expect(issues[2]!.message.en).toBe('Duplicates rows 2, 3, 5, 6, 7 and 294 more with different figures: same area, year and indicator; none of them is committed. Keep the right row and delete the others.');
    expect(issues.every((i) => i.message.vi.length < 250)).toBe(true);
  });
});
