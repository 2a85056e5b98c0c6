import type { Observation } from './model';
import { observationKey } from './model';
import { issue, type ParseIssue } from './issues';

/** A row that passed its own checks, waiting to be compared with the other rows of its key. */
export interface KeyedRow {
  row: number;
  observation: Observation;
  /** "area, year, indicator" as the file names those columns, and the row's cells in them. */
  keyColumn: string;
  keyValue: string;
}

const sameFigures = (a: Observation, b: Observation) => a.plan === b.plan && a.actual === b.actual && a.reportedPercent === b.reportedPercent;

const rowList = (rows: number[], language: 'vi' | 'en') =>
  language === 'vi' ? `dòng ${rows.join(', ')}` : `${rows.length === 1 ? 'row' : 'rows'} ${rows.join(', ')}`;

/**
 * Any number of rows for one area × year × indicator. With the same figures the first is kept and
 * each later row is an error naming it; with different figures none is kept (no figure is chosen
 * by guess) and every one of them is an error naming the others. Every row of the input is either
 * kept or named in an error, never both, and no other row is touched.
 */
export function resolveDuplicates<R extends KeyedRow>(rows: readonly R[]): { kept: R[]; issues: ParseIssue[] } {
  // The first row of each key, and a group only for keys met again: a million distinct rows make no million lists.
  const firsts = new Map<string, R>();
  const groups = new Map<string, R[]>();
  for (const r of rows) {
    const key = observationKey(r.observation);
    const first = firsts.get(key);
    if (first === undefined) firsts.set(key, r);
    else {
      const group = groups.get(key);
      if (group) group.push(r);
      else groups.set(key, [first, r]);
    }
  }
  const rejected = new Set<R>();
  const issues: ParseIssue[] = [];
  for (const group of groups.values()) {
    const [first, ...later] = group;
    if (!first || later.length === 0) continue;
    const where = (r: R) => ({ row: r.row, column: r.keyColumn, value: r.keyValue });
    if (later.every((r) => sameFigures(r.observation, first.observation))) {
      for (const r of later) {
        rejected.add(r);
        issues.push(issue('error', 'duplicate-row', where(r), {
          vi: `Trùng với dòng ${first.row}: cùng đơn vị, năm và chỉ tiêu. Giữ một dòng và xoá dòng kia.`,
          en: `Duplicates row ${first.row}: same area, year and indicator. Keep one of the two rows.`,
        }));
      }
      continue;
    }
    for (const r of group) {
      rejected.add(r);
      const others = [...new Set(group.filter((o) => o !== r).map((o) => o.row))];
      issues.push(issue('error', 'duplicate-row', where(r), {
        vi: `Trùng với ${rowList(others, 'vi')} nhưng số liệu khác: cùng đơn vị, năm và chỉ tiêu; không dòng nào được ghi. Giữ lại dòng đúng và xoá ${others.length === 1 ? 'dòng kia' : 'các dòng kia'}.`,
        en: `Duplicates ${rowList(others, 'en')} with different figures: same area, year and indicator; none of them is committed. Keep the right row and delete the ${others.length === 1 ? 'other' : 'others'}.`,
      }));
    }
  }
  return { kept: rejected.size === 0 ? [...rows] : rows.filter((r) => !rejected.has(r)), issues };
}
