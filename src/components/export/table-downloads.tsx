import { useState } from 'react';
import type { Localized } from '../../domain/issues';
import { peopleCsv } from '../../domain/spreadsheet/people-csv';
import type { SheetTable } from '../../domain/spreadsheet/sheet-spec';
import { useT } from '../../lib/language/use-language';
import { downloadText } from '../../lib/state/download';
import { exportFailureReason } from './export-failure';
import { useExportT } from './export-messages';
import { downloadXlsx } from './xlsx-file';

type TableKind = 'xlsx' | 'csv-vi';

/**
 * A table's files for people: .xlsx (one sheet a table; the writer loaded on the click) and the CSV
 * a Vietnamese Excel opens as numbers. The tables are built only on the click.
 */
export function TableDownloads({ tables, fileName, disabled, what }: { tables: () => SheetTable[]; fileName: (extension: string) => string; disabled?: boolean; what: string }) {
  const say = useExportT();
  const { language } = useT();
  const [busy, setBusy] = useState<TableKind | null>(null);
  const [failed, setFailed] = useState<{ kind: TableKind; reason: Localized } | null>(null);
  const run = async (kind: TableKind) => {
    if (busy) return;
    setBusy(kind);
    setFailed(null);
    try {
      const made = tables();
      if (kind === 'xlsx') await downloadXlsx(fileName('xlsx'), made);
      else if (made[0]) downloadText(fileName('csv'), peopleCsv(made[0], 'vi'));
    } catch (error) {
      setFailed({ kind, reason: exportFailureReason(error) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <button type="button" className="button secondary" disabled={disabled} aria-busy={busy === 'xlsx'} aria-label={say('tableXlsx', { what })} onClick={() => void run('xlsx')}>{say('xlsxButton')}</button>
      <button type="button" className="button secondary" disabled={disabled} aria-busy={busy === 'csv-vi'} aria-label={say('tableCsvVi', { what })} onClick={() => void run('csv-vi')}>{say('csvViButton')}</button>
      {failed && <span role="alert" className="chart-export-failed">{say('tableFailed', { kind: failed.kind === 'xlsx' ? 'Excel' : 'CSV', what, reason: failed.reason[language] })}</span>}
    </>
  );
}
