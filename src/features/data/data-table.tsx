import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { StatusBadge } from '../../components/status-badge';
import { usePresenters } from '../../lib/use-presenters';
import type { MessageKey } from '../../lib/messages';
import type { DataRow, SortKey } from './data-rows';

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
const rowKey = ({ evaluation: { observation: o } }: DataRow) => `${o.area}|${o.year}|${o.indicator}`;

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

/** A national dataset (tens of thousands of rows): only the rows near the screen are rendered, the page scrolls as if all were there. */
function WindowedRows({ rows }: { rows: DataRow[] }) {
  const body = useRef<HTMLTableSectionElement>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    if (body.current) setMargin(body.current.getBoundingClientRect().top + window.scrollY);
  }, []);
  // The same key function while the rows are the same: a new one makes the virtualizer lay out all 14,000 rows again.
  const itemKey = useCallback((i: number) => (rows[i] ? rowKey(rows[i]) : i), [rows]);
  const virtualizer = useWindowVirtualizer({ count: rows.length, estimateSize: () => 44, overscan: 12, scrollMargin: margin, getItemKey: itemKey });
  const items = virtualizer.getVirtualItems();
  const before = items[0] ? items[0].start - margin : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) + margin : 0;
  return (
    <tbody ref={body}>
      {before > 0 && <tr aria-hidden="true" className="window-spacer"><td colSpan={COLUMN_COUNT} style={{ height: before }} /></tr>}
      {items.map((item) => {
        const row = rows[item.index];
        return row ? <Row key={item.key} row={row} index={item.index} measure={virtualizer.measureElement} /> : null;
      })}
      {after > 0 && <tr aria-hidden="true" className="window-spacer"><td colSpan={COLUMN_COUNT} style={{ height: after }} /></tr>}
    </tbody>
  );
}

export function DataTable({ rows, sort, dir, onSort }: { rows: DataRow[]; sort: SortKey; dir: 'asc' | 'desc'; onSort: (sort: SortKey, dir: 'asc' | 'desc') => void }) {
  const { t } = usePresenters();
  return (
    <div className="table-scroll">
      <table className="data-table" aria-rowcount={rows.length + 1}>
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
        {rows.length > WINDOW_FROM ? <WindowedRows rows={rows} /> : <tbody>{rows.map((row, i) => <Row key={rowKey(row)} row={row} index={i} />)}</tbody>}
      </table>
    </div>
  );
}
