import { fullName } from './areas';
import { issue, type ParseIssue } from '../issues';
import type { Area } from '../model';
import { stripControlChars } from '../text/text-safety';

/**
 * Two units that would show as one: under the same parent, in force at the same time, with full names
 * ("xã Tân Uyên") equal once put in NFC, lower-cased, stripped of control and invisible characters and
 * of repeated spaces. A chart, a ranking or the report would list them side by side, each looking like
 * the other, and a figure named by that name could go to either. Units of one name in different
 * provinces, or one after the other (the district Sìn Hồ to 2025, the commune after), are fine.
 */
export type NamePlace = (index: number) => { row: number | null; column: string } | null;

/** The name as a person sees it, for comparing. */
export const lookalikeKey = (name: string): string => stripControlChars(name.normalize('NFC'), 'none').toLowerCase().replace(/\s+/g, ' ').trim();

const overlaps = (a: Area, b: Area) => (a.validFrom ?? '') <= (b.validTo ?? '9999') && (b.validFrom ?? '') <= (a.validTo ?? '9999');

/**
 * Every unit whose name looks like a sibling's in force at the same time, as an error at its row naming
 * the other. Units are grouped by parent and name, so the work is linear in practice (a group is a
 * handful of units: the same name over the years).
 */
export function lookalikeNameIssues(areas: readonly Area[], place: NamePlace): ParseIssue[] {
  const groups = new Map<string, number[]>();
  areas.forEach((area, index) => {
    const key = `${area.parent ?? ''}\u0000${lookalikeKey(fullName(area))}`;
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  const issues: ParseIssue[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // In order of start; each unit is compared with the one of the group that ends last before it.
    const sorted = [...group].sort((i, j) => (areas[i]!.validFrom ?? '').localeCompare(areas[j]!.validFrom ?? ''));
    let last = sorted[0]!;
    for (const index of sorted.slice(1)) {
      const [area, other] = [areas[index]!, areas[last]!];
      if (area.id !== other.id && overlaps(area, other)) {
        // Reported on the later row of the file; a unit of the current catalog (no row) is only named.
        const [mine, theirs] = [place(index), place(last)];
        const later = mine !== null && (theirs === null || (mine.row ?? 0) >= (theirs.row ?? 0));
        const [at, seen, where] = later ? [index, last, mine] : [last, index, theirs];
        if (where) issues.push(lookalike(areas[at]!, areas[seen]!, where, place(seen)?.row ?? null));
      }
      if ((area.validTo ?? '9999') > (other.validTo ?? '9999')) last = index;
    }
  }
  return issues;
}

function lookalike(area: Area, other: Area, where: { row: number | null; column: string }, otherRow: number | null): ParseIssue {
  const on = otherRow === null ? { vi: 'trong danh mục hiện có', en: 'in the current catalog' } : { vi: `ở dòng ${otherRow}`, en: `on row ${otherRow}` };
  return issue('error', 'lookalike-name', { ...where, value: area.name }, {
    vi: `Tên "${fullName(area)}" (${area.id}) trông giống hệt "${fullName(other)}" (${other.id}) ${on.vi}: cùng đơn vị cha, cùng thời gian hiệu lực, chỉ khác chữ hoa/thường, khoảng trắng hoặc ký tự vô hình, nên hai đơn vị hiện ra như một. Cách sửa: nếu là một đơn vị, bỏ một dòng; nếu là hai, đặt tên phân biệt hoặc sửa thời gian hiệu lực.`,
    en: `The name "${fullName(area)}" (${area.id}) looks the same as "${fullName(other)}" (${other.id}) ${on.en}: same parent, in force at the same time, differing only in case, spaces or invisible characters, so the two units show as one. Fix: if they are one unit, drop a row; if two, name them apart or correct their validity.`,
  });
}
