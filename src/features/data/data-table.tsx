import { useRef, type ReactNode } from 'react';
import { StatusBadge } from '../../components/status/status-badge';
import { usePresenters } from '../../lib/language/use-presenters';
import type { MessageKey } from '../../lib/language/messages';
import type { DataRow, DataRows, SortKey } from './data-rows';
import { useRowWindow } from './use-row-window';

const COLUMNS: { key: SortKey | 'unit' | 'source' | 'flags'; label: MessageKey; numeric?: boolean }[] = [
  { key: 'area', label: 'area' },
  { key: 'year', label: 'year', numeric: true },
  { key: 'indicator', label: 'indicator' },
  { key: 'plan', label: 'plan', numeric: true },
  { key: 'actual', label: 'actual', numeric: true },
  { key: 'percent', label: 'percentOfPlan', numeric: true },
  { key: 'status', label: 'status' },
  { key: 'flags', label: 'flags' },
  { key: 'source', label: 'source' },
];
const isSortKey = (key: string): key is SortKey => !['unit', 'source', 'flags'].includes(key);

/** Up to this many rows the table is whole (print and find-in-page see every row); beyond, only the rows on screen are in the page. */
const WINDOW_FROM = 400;
const COLUMN_COUNT = COLUMNS.length;

function Row({ row: { area, indicator, evaluation: e }, index, measure }: { row: DataRow; index: number; measure?: (node: HTMLTableRowElement | null) => void }) {
  const { t, p } = usePresenters();
  const o = e.observation;
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2}>
      <td>{area.name}</td>
      <td className="num">{o.year}</td>
      <td>{p.name(indicator)}</td>
      <td className="num">{p.plan(e.plan, indicator)}</td>
      <td className="num">{p.figure(e.actual, indicator)}</td>
      <td className="num">{p.percent(e.percent)}</td>
      <td><StatusBadge status={e.status} /></td>
      <td>
        {e.plan.kind === 'value' && e.plan.origin === 'derived' && <span className="flag" title={t('derivedPlanExplain')}>{t('derivedPlan')}</span>}
        {e.percent.kind === 'value' && e.percent.basis === 'reported' && e.actual === null && <span className="flag" title={t('reportedPercentExplain')}>{t('reportedPercent')}</span>}
        {e.warnings.length > 0 && <span className="flag">⚠ {t('inconsistent')}</span>}
      </td>
      <td className="source">{o.source}{o.note && <><br /><em>{o.note}</em></>}</td>
    </tr>
  );
}

/** A national dataset (165,000 rows for a year of 3,300 communes): only the rows near the screen are made and drawn, the page scrolls as if all were there. */
function WindowedRows({ rows }: { rows: DataRows }) {
  const body = useRef<HTMLTableSectionElement>(null);
  const { first, last, before, after, measure } = useRowWindow(body, rows, rows.count);
  const drawn: ReactNode[] = [];
  for (let k = first; k <= last; k++) {
    const row = rows.rowAt(k);
    if (row) drawn.push(<Row key={rows.keyAt(k)} row={row} index={k} measure={measure} />);
  }
  return (
    <tbody ref={body}>
      {before > 0 && <tr aria-hidden="true" className="window-spacer"><td colSpan={COLUMN_COUNT} style={{ height: before }} /></tr>}
      {drawn}
      {after > 0 && <tr aria-hidden="true" className="window-spacer"><td colSpan={COLUMN_COUNT} style={{ height: after }} /></tr>}
    </tbody>
  );
}

/** Every row in the page (up to WINDOW_FROM). */
function WholeRows({ rows }: { rows: DataRows }) {
  const drawn: ReactNode[] = [];
  for (let k = 0; k < rows.count; k++) {
    const row = rows.rowAt(k);
    if (row) drawn.push(<Row key={rows.keyAt(k)} row={row} index={k} />);
  }
  return <tbody>{drawn}</tbody>;
}

export function DataTable({ rows, sort, dir, onSort }: { rows: DataRows; sort: SortKey; dir: 'asc' | 'desc'; onSort: (sort: SortKey, dir: 'asc' | 'desc') => void }) {
  const { t } = usePresenters();
  return (
    <div className="table-scroll">
      <table className="data-table" aria-rowcount={rows.count + 1}>
        <caption className="visually-hidden">{t('dataTitle')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const key = c.key;
              if (!isSortKey(key)) return <th key={key} scope="col">{t(c.label)}</th>;
              const active = sort === key;
              return (
                <th key={key} scope="col" aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" onClick={() => onSort(key, active && dir === 'asc' ? 'desc' : 'asc')}>
                    {t(c.label)} <span aria-hidden="true">{active ? (dir === 'asc' ? '▲' : '▼') : '↕'}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        {rows.count > WINDOW_FROM ? <WindowedRows rows={rows} /> : <WholeRows rows={rows} />}
      </table>
    </div>
  );
}
