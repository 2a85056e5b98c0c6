import { issue, type Localized, type ParseIssue } from '../issues';
import { formatBytes } from '../limits';

/** A problem in a data folder: the parser's located issue, plus the file it is in. */
export type FolderFileName = 'manifest.json' | 'areas.csv' | 'indicators.csv' | 'observations.csv' | 'awards.csv' | 'main-targets.csv';
export type FolderIssue = ParseIssue & { file: FolderFileName };

export const folderIssue = (
  severity: ParseIssue['severity'],
  code: string,
  file: FolderFileName,
  where: { row?: number | null; column?: string | null; value?: string | null },
  message: Localized,
): FolderIssue => ({ ...issue(severity, code, where, message), file });

const CATALOG_PREFIX = /^(areas\.csv|indicators\.csv|awards\.csv|main-targets\.csv): (.*)$/s;

/**
 * Gives each of parseDatasetFiles' issues its file: the parser writes catalog columns as
 * "areas.csv: id" ("areas.csv: " for an issue of no column); every other issue is about observations.csv.
 */
export function located(issues: readonly ParseIssue[]): FolderIssue[] {
  return issues.map((i) => {
    const catalog = i.column === null ? null : CATALOG_PREFIX.exec(i.column);
    return catalog ? { ...i, file: catalog[1] as FolderFileName, column: catalog[2] || null } : { ...i, file: 'observations.csv' };
  });
}

export const fileTooLarge = (file: FolderFileName, bytes: number, limit: number): FolderIssue =>
  folderIssue('error', 'file-too-large', file, { value: formatBytes(bytes) }, {
    vi: `Tệp ${file} nặng ${formatBytes(bytes)}, quá giới hạn ${formatBytes(limit)}. Hãy tách số liệu hoặc bỏ bớt các năm cũ.`,
    en: `${file} is ${formatBytes(bytes)}, over the limit of ${formatBytes(limit)}. Split the data or leave out older years.`,
  });

const shorten = (value: string) => (value.length > 80 ? `${value.slice(0, 79)}…` : value);

/** One issue on one line, as compilers print them, so CI logs and editors can link to the row: "data/observations.csv:5: error: …". */
export function formatIssueLine(i: ParseIssue & { file: string }, folder = ''): string {
  const where = `${folder}${i.file}${i.row === null ? '' : `:${i.row}`}`;
  const cell = [i.column ? `column ${i.column}` : null, i.value === null ? null : `value ${JSON.stringify(shorten(i.value))}`].filter(Boolean).join(', ');
  return `${where}: ${i.severity}: ${cell ? `[${cell}] ` : ''}${i.message.vi} — ${i.message.en}`;
}
