import { useState } from 'react';
import { SelectField } from '../../components/select-field';
import { toDelimited } from '../../domain/csv';
import type { ParseIssue } from '../../domain/issues';
import { downloadText } from '../../lib/download';
import { useT } from '../../lib/use-language';
import { useUploadT } from './upload-messages';

const SHOWN = 500;

/** Every problem with its row, column, value and fix; filterable, downloadable. */
export function IssuesReport({ issues, validRows, fileName }: { issues: ParseIssue[]; validRows: number; fileName: string }) {
  const t = useUploadT();
  const { language } = useT();
  const [filter, setFilter] = useState<'all' | 'error' | 'warning'>('all');
  const errors = issues.filter((i) => i.severity === 'error').length;
  const shown = issues.filter((i) => filter === 'all' || i.severity === filter);
  const download = () =>
    downloadText(`${fileName.replace(/\.\w+$/, '')}-report.csv`, toDelimited([t('severity'), t('row'), t('column'), t('value'), t('problem')], issues.map((i) => [t(i.severity === 'error' ? 'errors' : 'warnings'), i.row, i.column, i.value, i.message[language]])));
  return (
    <section className="upload-panel" aria-labelledby="report-heading">
      <h2 id="report-heading">{t('report')}</h2>
      <p role="status" className="report-summary">{t('reportSummary', { valid: validRows, errors, warnings: issues.length - errors })}</p>
      {issues.length === 0 ? (
        <p>{t('noProblems')}</p>
      ) : (
        <>
          <div className="upload-controls">
            <SelectField label={t('filter')} value={filter} options={[{ value: 'all', label: t('all') }, { value: 'error', label: t('errors') }, { value: 'warning', label: t('warnings') }]} onChange={(v) => setFilter(v as typeof filter)} />
            <button type="button" className="button secondary" onClick={download}>{t('downloadReport')}</button>
          </div>
          <div className="table-scroll">
            <table className="data-table issues-table">
              <caption className="visually-hidden">{t('report')}</caption>
              <thead><tr><th scope="col">{t('severity')}</th><th scope="col">{t('row')}</th><th scope="col">{t('column')}</th><th scope="col">{t('value')}</th><th scope="col">{t('problem')}</th></tr></thead>
              <tbody>
                {shown.slice(0, SHOWN).map((i, n) => (
                  <tr key={n} data-severity={i.severity}>
                    <td>{i.severity === 'error' ? `✖ ${t('errors')}` : `⚠ ${t('warnings')}`}</td>
                    <td className="num">{i.row ?? '–'}</td>
                    <td>{i.column ?? '–'}</td>
                    <td><code>{i.value ?? ''}</code></td>
                    <td>{i.message[language]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
