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

export function DataTable({ rows, sort, dir, onSort }: { rows: DataRow[]; sort: SortKey; dir: 'asc' | 'desc'; onSort: (sort: SortKey, dir: 'asc' | 'desc') => void }) {
  const { t, p } = usePresenters();
  return (
    <div className="table-scroll">
      <table className="data-table">
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
        <tbody>
          {rows.map(({ area, indicator, evaluation: e }) => {
            const o = e.observation;
            return (
              <tr key={`${o.area}|${o.year}|${o.indicator}`}>
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
          })}
        </tbody>
      </table>
    </div>
  );
}
