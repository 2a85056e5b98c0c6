/** What parsing and validation report: located, and with a fix a person can act on. */
export interface Localized {
  vi: string;
  en: string;
}

export interface ParseIssue {
  severity: 'error' | 'warning';
  code: string;
  /** Line of the file as a spreadsheet shows it (header = 1), or the item's position in JSON. */
  row: number | null;
  column: string | null;
  value: string | null;
  message: Localized;
  /** Several files at once: the file the issue is in. */
  file?: string;
  /** An office workbook: the sheet and cell a person would look at ("Biểu 01!D12"). */
  cell?: string | null;
}

export type ParseResult<T> =
  | { ok: true; data: T; warnings: ParseIssue[] }
  | { ok: false; issues: ParseIssue[] };

export const issue = (
  severity: ParseIssue['severity'],
  code: string,
  where: { row?: number | null; column?: string | null; value?: string | null },
  message: Localized,
): ParseIssue => ({ severity, code, row: where.row ?? null, column: where.column ?? null, value: where.value ?? null, message });

export const isError = (i: ParseIssue): boolean => i.severity === 'error';

/** Succeeds with the warnings when no issue is an error. */
export function resultOf<T>(data: T, issues: ParseIssue[]): ParseResult<T> {
  return issues.some(isError) ? { ok: false, issues } : { ok: true, data, warnings: issues };
}
