import { useState } from 'react';
import { SelectField } from '../../components/pickers/select-field';
import { toDelimited } from '../../domain/csv/csv-cell';
import type { ParseIssue } from '../../domain/issues';
import { issuesByClass, issueTotals, type IssueClass } from '../../domain/upload/issue-summary';
import { fieldsLabel } from '../../domain/observations/field-labels';
import { downloadText } from '../../lib/state/download';
import { usePresenters } from '../../lib/language/use-presenters';
import { useUploadT } from './upload-messages';

/** Rows of each kind of issue shown at first. */
const FIRST_SHOWN = 20;
const keyOf = (g: { issueClass: IssueClass }) => `${g.issueClass.severity}:${g.issueClass.code}`;

/**
 * Every problem with its row, column, value and fix, grouped by kind: the first ones of each kind
 * are listed (the worker sends a bounded list; the first 20 of a kind, the rest on a click), the rest
 * counted. The CSV download holds every issue sent.
 */
export function IssuesReport({ issues, classes, validRows, fileName }: { issues: ParseIssue[]; classes: IssueClass[]; validRows: number; fileName: string }) {
  const t = useUploadT();
  const { p, language } = usePresenters();
  const [filter, setFilter] = useState<'all' | 'error' | 'warning'>('all');
  // The first rows of each kind, the rest of those sent on a click: 800 rows laid out at once was one 400 ms task.
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
  const { errors, warnings } = issueTotals(classes);
  const groups = issuesByClass(issues, classes).filter((g) => filter === 'all' || g.issueClass.severity === filter);
  // A missing column is named by its target, in the reader's language.
  const column = (i: ParseIssue) => (i.column !== null && i.code === 'missing-column' ? fieldsLabel(i.column, language) : i.column);
  const severity = (s: ParseIssue['severity']) => t(s === 'error' ? 'errors' : 'warnings');
  // An office workbook's issues name the sheet and cell; several files', the file.
  const cells = issues.some((i) => i.cell);
  const files = issues.some((i) => i.file);
  const where = (i: ParseIssue) => [...(files ? [i.file ?? null] : []), ...(cells ? [i.cell ?? null] : [])];
  const whereHeads = [...(files ? [t('file')] : []), ...(cells ? [t('cell')] : [])];
  const more = (g: (typeof groups)[number]) => t(g.issueClass.severity === 'error' ? 'moreErrors' : 'moreWarnings', { n: p.number(g.more), code: g.issueClass.code });
  const download = () =>
    downloadText(
      `${fileName.replace(/\.\w+$/, '')}-report.csv`,
      toDelimited(
        [t('severity'), ...whereHeads, t('row'), t('column'), t('value'), t('problem')],
        issuesByClass(issues, classes).flatMap((g) => [
          ...g.issues.map((i) => [severity(i.severity), ...where(i), i.row, column(i), i.value, i.message[language]]),
          ...(g.more > 0 ? [[severity(g.issueClass.severity), ...whereHeads.map(() => null), null, null, null, more(g)]] : []),
        ]),
      ),
    );
  return (
    <section className="upload-panel" aria-labelledby="report-heading">
      <h2 id="report-heading">{t('report')}</h2>
      <p role="status" className="report-summary">{t('reportSummary', { valid: p.number(validRows), errors: p.number(errors), warnings: p.number(warnings) })}</p>
      {classes.length === 0 ? (
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
              <thead><tr><th scope="col">{t('severity')}</th>{whereHeads.map((h) => <th key={h} scope="col">{h}</th>)}<th scope="col">{t('row')}</th><th scope="col">{t('column')}</th><th scope="col">{t('value')}</th><th scope="col">{t('problem')}</th></tr></thead>
              {groups.map((g) => (
                <tbody key={`${g.issueClass.severity}:${g.issueClass.code}`} data-code={g.issueClass.code}>
                  {(opened.has(keyOf(g)) ? g.issues : g.issues.slice(0, FIRST_SHOWN)).map((i, n) => (
                    <tr key={n} data-severity={i.severity}>
                      <td>{i.severity === 'error' ? `✖ ${t('errors')}` : `⚠ ${t('warnings')}`}</td>
                      {files && <td>{i.file ?? '–'}</td>}
                      {cells && <td><code>{i.cell ?? '–'}</code></td>}
                      <td className="num">{i.row ?? '–'}</td>
                      <td>{column(i) ?? '–'}</td>
                      <td><code>{i.value ?? ''}</code></td>
                      <td>{i.message[language]}</td>
                    </tr>
                  ))}
                  {!opened.has(keyOf(g)) && g.issues.length > FIRST_SHOWN && (
                    <tr className="show-more-of-kind"><td colSpan={5 + whereHeads.length}>
                      <button type="button" className="button secondary" onClick={() => setOpened((was) => new Set(was).add(keyOf(g)))}>{t('showMoreOfKind', { n: p.number(g.issues.length - FIRST_SHOWN), code: g.issueClass.code })}</button>
                    </td></tr>
                  )}
                  {g.more > 0 && <tr className="more-of-kind"><td colSpan={5 + whereHeads.length}>{more(g)}</td></tr>}
                </tbody>
              ))}
            </table>
          </div>
        </>
      )}
    </section>
  );
}
