/**
 * The upload's limits (src/domain/limits.ts) as checks: each gives a located issue that names the
 * value and the fix, or nothing. A value over a limit is never carried whole: issues hold an excerpt.
 */
import { issue, type ParseIssue } from '../issues';
import { LIMITS } from '../limits';
import { LIMIT_MESSAGES } from './limit-messages';

/** How much of an oversized value an issue carries. */
export const EXCERPT_CHARS = 40;

/** Characters as a person counts them: an emoji or any character outside the BMP is one, not two UTF-16 units. */
export function characterCount(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return text.length - pairs;
}

/** The first `max` characters, "…" when there is more; a surrogate pair is never cut in two. */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  let end = 0;
  for (let taken = 0; end < text.length && taken < max; taken++) {
    const unit = text.charCodeAt(end);
    end += unit >= 0xd800 && unit <= 0xdbff && end + 1 < text.length ? 2 : 1;
  }
  return end < text.length ? `${text.slice(0, end)}…` : text;
}

/** Checked on File.size before a byte is read, and again on the bytes in the worker. */
export function uploadSizeIssue(bytes: number, fileName = ''): ParseIssue | null {
  if (bytes <= LIMITS.uploadBytes) return null;
  return issue('error', 'file-too-large', { value: fileName ? excerpt(fileName, 200) : null }, LIMIT_MESSAGES.fileTooLarge(excerpt(fileName, 200), bytes));
}

/** Files chosen together: at most LIMITS.uploadFiles of them, and all of them within the one upload's bytes. */
export function uploadFilesIssue(files: readonly { name: string; size: number }[]): ParseIssue | null {
  if (files.length > LIMITS.uploadFiles) return issue('error', 'too-many-files', { value: String(files.length) }, LIMIT_MESSAGES.tooManyFiles(files.length));
  for (const file of files) {
    const one = uploadSizeIssue(file.size, file.name);
    if (one) return one;
  }
  return files.length > 1 ? uploadSizeIssue(files.reduce((n, f) => n + f.size, 0), `${files[0]?.name ?? ""} +${files.length - 1}`) : null;
}

/** A header row wider than the limit: located at the first column past it. */
export function columnCountIssue(header: readonly string[], row = 1): ParseIssue | null {
  if (header.length <= LIMITS.uploadColumns) return null;
  const name = excerpt(header[LIMITS.uploadColumns] ?? '');
  return issue('error', 'too-many-columns', { row, column: name || `#${LIMITS.uploadColumns + 1}`, value: name }, LIMIT_MESSAGES.tooManyColumns(header.length, name));
}

export const isOverCellLimit = (text: string): boolean => text.length > LIMITS.cellChars && characterCount(text) > LIMITS.cellChars;

/** One cell over the limit, named by its row and column and its first characters. */
export function cellLengthIssue(row: number | null, column: string, text: string): ParseIssue {
  const start = excerpt(text);
  return issue('error', 'cell-too-long', { row, column, value: start }, LIMIT_MESSAGES.cellTooLong(characterCount(text), start));
}

/** Every oversized cell of a table (header = row 1), and the lines that hold one. */
export function oversizedCells(header: readonly string[], rows: readonly { line: number; cells: readonly string[] }[]): { issues: ParseIssue[]; lines: Set<number> } {
  const issues: ParseIssue[] = [];
  const lines = new Set<number>();
  const columnName = (index: number) => excerpt(header[index] ?? '') || `#${index + 1}`;
  const check = (line: number, cells: readonly string[], column: (index: number) => string) => {
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      if (!isOverCellLimit(cell)) continue;
      issues.push(cellLengthIssue(line, column(i), cell));
      lines.add(line);
    }
  };
  // A header cell over the limit is its column's name: the column is named by position.
  check(1, header, (i) => `#${i + 1}`);
  for (const { line, cells } of rows) check(line, cells, columnName);
  return { issues, lines };
}

/** The canonical JSON's strings: one over the limit in the catalog lists refuses the file; in an observation, that row is named and left out. */
export function oversizedJsonStrings(lists: Record<'areas' | 'indicators' | 'observations', readonly object[]>): { catalog: ParseIssue[]; observations: ParseIssue[]; rows: Set<number> } {
  const catalog: ParseIssue[] = [];
  const observations: ParseIssue[] = [];
  const rows = new Set<number>();
  for (const list of ['areas', 'indicators', 'observations'] as const)
    lists[list].forEach((item, index) => {
      for (const [key, value] of Object.entries(item)) {
        if (typeof value !== 'string' || !isOverCellLimit(value)) continue;
        if (list !== 'observations') {
          catalog.push(cellLengthIssue(index + 1, `${list}.${key}`, value));
        } else {
          observations.push(cellLengthIssue(index + 1, key, value));
          rows.add(index);
        }
      }
    });
  return { catalog, observations, rows };
}
