import type { SheetColumn, SheetTable } from '../../domain/spreadsheet/sheet-spec';
import { sheetName } from '../../domain/spreadsheet/sheet-name';
import type { Presenters } from '../../lib/language/presenters';
import type { Translate } from '../../lib/language/use-language';
import type { DataRows } from './data-rows';
import { writtenPlan } from '../../domain/evaluation/evaluate';

/**
 * The data table as people read it, for .xlsx and the Vietnamese CSV: names, not ids; each row's
 * unit in its own column; plan (given or derived), actual and % KH as numbers, no value empty.
 */
export function dataSheetTable(rows: Pick<DataRows, 'count' | 'rowAt'>, t: Translate, p: Presenters, title: string, provenance: readonly string[]): SheetTable {
  const text = (label: string): SheetColumn => ({ label, kind: 'text' });
  const columns: SheetColumn[] = [
    text(t('area')), { label: t('year'), kind: 'number', maxDecimals: 0, grouping: false }, text(t('indicator')), text(t('unit')),
    { label: t('plan'), kind: 'number' }, text(t('planAsWritten')), { label: t('actual'), kind: 'number' }, { label: t('percentOfPlan'), kind: 'number', unit: '%', maxDecimals: 2 },
    text(t('status')), text(t('source')), text(t('note')), text(t('figureHistory')),
  ];
  const body = Array.from({ length: rows.count }, (_, k) => {
    const row = rows.rowAt(k);
    if (!row) return [];
    const { area, indicator, evaluation: e } = row;
    return [
      area.name, e.observation.year, p.name(indicator), p.unit(indicator),
      e.plan.kind === 'value' ? e.plan.value : null, writtenPlan(e.plan, p.language, p.unit(indicator)), e.actual, e.percent.kind === 'value' ? e.percent.value : null,
      p.status(e.status), e.observation.source, e.observation.note, p.figureHistory(e.observation, indicator),
    ];
  });
  return { name: sheetName(title), title, provenance, columns, rows: body };
}
