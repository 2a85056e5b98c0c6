import { memo } from 'react';
import { Link } from 'react-router';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Language } from '../../domain/numbers/format';
import { areaName, capitalize } from '../../domain/report/phrasing';
import type { UnitSummary } from '../../domain/report/summary';
import { useReportT } from './report-messages';
import { chunksOf } from './units-shown';

interface RowsProps {
  units: UnitSummary[];
  from: number;
  to: number;
  index: DatasetIndex;
  /** Whether the units are listed through a level between (a country's districts): each is named with its province. */
  withPlace: boolean;
  search: string;
  language: Language;
}

/** Units [from, to) of the summary: a part mounted once and not rendered again as later parts come in. */
const SummaryRows = memo(function SummaryRows({ units, from, to, index, withPlace, search, language }: RowsProps) {
  const say = useReportT();
  return units.slice(from, to).map((u) => {
    const params = new URLSearchParams(search);
    params.set('area', u.area.id);
    const place = withPlace && u.area.parent ? (index.area(u.area.parent)?.name ?? null) : null;
    return (
      <tr key={u.area.id} data-area={u.area.id}>
        <th scope="row">
          <Link to={`/report?${params.toString()}`}>{capitalize(areaName(u.area, language))}</Link>
          {place && <span className="unit-place"> · {place}</span>}
        </th>
        <td className="num">{u.targets.length > 0 ? `${u.achieved}/${u.targets.length}` : say('noPlanned')}</td>
        {/* No target, nothing to count: a dash, not a 0 that reads as a result. */}
        {[u.farExceeded, u.missed, u.noResult].map((list, k) => <td key={k} className="num">{u.targets.length > 0 ? list.length : '—'}</td>)}
      </tr>
    );
  });
});

/** The units' summary table (N/M met, far exceeded, missed, no result), with a link to each unit's own report; `shown`: its first rows so far. */
export function ReportSummary({ shown, ...rows }: Omit<RowsProps, 'from' | 'to'> & { shown: number }) {
  const say = useReportT();
  return (
    <table className="report-table report-summary" data-slide-rows={rows.units.length}>
      <caption>{say('summary')}</caption>
      <thead>
        <tr>
          <th scope="col">{say('unit')}</th>
          <th scope="col">{say('achieved')}</th>
          <th scope="col">{say('far')}</th>
          <th scope="col">{say('missed')}</th>
          <th scope="col">{say('noResult')}</th>
        </tr>
      </thead>
      <tbody>{chunksOf(Math.min(shown, rows.units.length)).map(([from, to]) => <SummaryRows key={from} {...rows} from={from} to={to} />)}</tbody>
    </table>
  );
}
