import { issue, type ParseIssue } from '../issues';

/**
 * Rows that passed their own checks, waiting to be compared with the other rows of their key, told by
 * position: the key is a number (area code × year × indicator code), so a million rows make no million
 * strings.
 */
export interface KeyedRows {
  length: number;
  /** A whole number below `keySpace`. */
  key(i: number): number;
  keySpace: number;
  /** The spreadsheet row. */
  row(i: number): number;
  sameFigures(i: number, j: number): boolean;
  /** "area, year, indicator" as the file names those columns, and the row's cells in them. */
  keyColumn(i: number): string;
  keyValue(i: number): string;
}

/** Keys told apart by a plain array up to this many (64 MB). */
const DENSE_LIMIT = 1 << 24;

/** A message names up to this many of the other rows: a file repeating one key 300 times made 300 messages of 300 rows each. */
const ROWS_NAMED = 5;

/** "dòng 4, 9" — or, for many, "dòng 4, 9, 12, 15, 20 và 295 dòng khác". */
const rowList = (rows: number[], total: number, language: 'vi' | 'en') => {
  const rest = total - rows.length;
  if (language === 'vi') return `dòng ${rows.join(', ')}${rest > 0 ? ` và ${rest} dòng khác` : ''}`;
  return `${total === 1 ? 'row' : 'rows'} ${rows.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`;
};

/**
 * Any number of rows for one area × year × indicator. With the same figures the first is kept and
 * each later row is an error naming it; with different figures none is kept (no figure is chosen
 * by guess) and every one of them is an error naming the others. Every row of the input is either
 * kept or named in an error, never both, and no other row is touched. `rejected` is null when every
 * row is kept.
 */
export function resolveDuplicates(rows: KeyedRows): { rejected: Uint8Array | null; issues: ParseIssue[] } {
  // The first row of each key, and a group only for keys met again: a million distinct rows make no million lists.
  // A key space a few times the rows is a plain array (no hashing); a sparse one a map.
  const dense = rows.keySpace <= Math.max(4 * rows.length, 1 << 20) && rows.keySpace <= DENSE_LIMIT ? new Int32Array(rows.keySpace).fill(-1) : null;
  const firsts = new Map<number, number>();
  const groups = new Map<number, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const key = rows.key(i);
    const first = dense ? dense[key]! : (firsts.get(key) ?? -1);
    if (first < 0) {
      if (dense) dense[key] = i;
      else firsts.set(key, i);
    } else {
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [first, i]);
    }
  }
  if (groups.size === 0) return { rejected: null, issues: [] };
  const rejected = new Uint8Array(rows.length);
  const issues: ParseIssue[] = [];
  const where = (i: number) => ({ row: rows.row(i), column: rows.keyColumn(i), value: rows.keyValue(i) });
  for (const group of groups.values()) {
    const [first, ...later] = group;
    if (first === undefined || later.length === 0) continue;
    if (later.every((i) => rows.sameFigures(i, first))) {
      for (const i of later) {
        rejected[i] = 1;
        issues.push(issue('error', 'duplicate-row', where(i), {
          vi: `Trùng với dòng ${rows.row(first)}: cùng đơn vị, năm và chỉ tiêu. Giữ một dòng và xoá dòng kia.`,
          en: `Duplicates row ${rows.row(first)}: same area, year and indicator. Keep one of the two rows.`,
        }));
      }
      continue;
    }
    const groupRows = [...new Set(group.map((o) => rows.row(o)))];
    for (const i of group) {
      rejected[i] = 1;
      const own = rows.row(i);
      const total = groupRows.length - 1;
      const named: number[] = [];
      for (const r of groupRows) if (r !== own && named.push(r) >= ROWS_NAMED) break;
      issues.push(issue('error', 'duplicate-row', where(i), {
        vi: `Trùng với ${rowList(named, total, 'vi')} nhưng số liệu khác: cùng đơn vị, năm và chỉ tiêu; không dòng nào được ghi. Giữ lại dòng đúng và xoá ${total === 1 ? 'dòng kia' : 'các dòng kia'}.`,
        en: `Duplicates ${rowList(named, total, 'en')} with different figures: same area, year and indicator; none of them is committed. Keep the right row and delete the ${total === 1 ? 'other' : 'others'}.`,
      }));
    }
  }
  return { rejected, issues };
}
