import type { ComparisonRow } from '../../components/charts/comparison-chart';
import { StatusBadge } from '../../components/status/status-badge';
import { WINDOW_FROM, WindowedRows, type RowProps } from '../../components/tables/windowed-rows';
import type { Indicator } from '../../domain/model';
import { usePresenters } from '../../lib/language/use-presenters';
import { useIndicatorT } from './indicator-messages';

const COLUMNS = 6;

/** Every unit of the comparison as a sorted list (700 districts): KH, TH, % KH and status; windowed when long. */
export function ComparisonList({ rows, indicator }: { rows: ComparisonRow[]; indicator: Indicator }) {
  const { t, p } = usePresenters();
  const it = useIndicatorT();
  const windowed = rows.length > WINDOW_FROM;
  const row = (r: ComparisonRow, i: number, props?: RowProps) => (
    <tr key={r.areaName} {...props}>
      <td className="num">{i + 1}</td>
      <th scope="row">{r.areaName}</th>
      <td className="num">{p.plan(r.evaluation.plan, indicator)}</td>
      <td className="num">{p.figure(r.actual, indicator)}</td>
      <td className="num">{r.percentLabel}</td>
      <td><StatusBadge status={r.evaluation.status} /></td>
    </tr>
  );
  return (
    <div className="table-scroll">
      <table className="data-table comparison-list" aria-rowcount={windowed ? rows.length + 1 : undefined}>
        <caption className="visually-hidden">{it('allCaption', { total: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{it('colRank')}</th>
            <th scope="col">{t('area')}</th>
            <th scope="col">{t('plan')}</th>
            <th scope="col">{t('actual')}</th>
            <th scope="col">{t('percentOfPlan')}</th>
            <th scope="col">{t('status')}</th>
          </tr>
        </thead>
        {windowed ? (
          <WindowedRows count={rows.length} columns={COLUMNS} rowKey={(i) => rows[i]?.areaName ?? String(i)} renderRow={(i, props) => { const r = rows[i]; return r ? row(r, i, props) : null; }} />
        ) : (
          <tbody>{rows.map((r, i) => row(r, i))}</tbody>
        )}
      </table>
    </div>
  );
}
