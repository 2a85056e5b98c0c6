/** What a delimited file's header row decides: the mapping, the layout, and the header's own issues (row 1). */
import type { Indicator } from '../model';
import { issue, type ParseIssue } from '../issues';
import { fieldForHeader, REQUIRED_FIELDS, type ObservationField } from '../observations/header-aliases';
import { datedFigureOfLabel } from '../observations/figure-header';
import { proposeMapping, type ColumnTarget, type Layout } from './column-mapping';
import { FILE_MESSAGES } from './file-messages';
import { excerpt } from '../validation/upload-limits';

/** The analyst's mapping when it fits the header, else the one the headers suggest. */
export function mappingOf(header: string[], indicators: readonly Indicator[], options: { targets?: ColumnTarget[] }): { targets: ColumnTarget[]; layout: Layout } {
  const targets = options.targets && options.targets.length === header.length ? options.targets : proposeMapping(header, indicators).targets;
  return { targets, layout: targets.some((t) => t.kind === 'figure') ? 'wide' : 'long' };
}

/** Missing, doubled and unknown columns: each an error of row 1. */
export function headerIssues(header: readonly string[], targets: readonly ColumnTarget[], layout: Layout): ParseIssue[] {
  // A figure column of one year gives its rows their year.
  const mapped = new Set(targets.flatMap((t) => (t.kind === 'field' ? [t.field, ...(t.year === undefined ? [] : ['year' as const])] : [])));
  const issues: ParseIssue[] = [];
  for (const field of REQUIRED_FIELDS)
    if (!mapped.has(field) && !(field === 'indicator' && layout === 'wide'))
      issues.push(issue('error', 'missing-column', { row: 1, column: field }, FILE_MESSAGES.missingColumn(field)));
  if (!targets.some((t) => t.kind === 'figure') && !['plan', 'actual', 'percent_of_plan'].some((f) => mapped.has(f as ObservationField)))
    issues.push(issue('error', 'missing-column', { row: 1, column: 'plan/actual/percent_of_plan' }, FILE_MESSAGES.noFigureColumn));
  const seenFields = new Set<string>();
  header.forEach((h, i) => {
    const field = fieldForHeader(h);
    if (field && seenFields.has(field) && targets[i]?.kind !== 'field' && !datedFigureOfLabel(h))
      issues.push(issue('error', 'duplicate-column', { row: 1, column: h, value: h }, FILE_MESSAGES.duplicateColumn(h, field)));
    if (field) seenFields.add(field);
  });
  targets.forEach((t, i) => {
    if (t.kind === 'figure' && t.indicator === null)
      issues.push(issue('error', 'unknown-indicator-column', { row: 1, column: header[i] ?? '', value: t.label }, FILE_MESSAGES.unknownIndicatorColumn(t.label)));
  });
  return issues;
}

/** Rows whose area names are shown, so the analyst sees whether the encoding is right. */
export const PREVIEW_ROWS = 500;

/** The first distinct area names of the opening rows, as decoded. */
export const areaPreviewOf = (cells: readonly string[]): string[] => [...new Set(cells.map((c) => excerpt(c)))].filter(Boolean).slice(0, 12);
