import { Link } from 'react-router';
import { StatusBadge } from '../../components/status/status-badge';
import { STATUS_STYLE } from '../../components/status/status-style';
import type { Indicator } from '../../domain/model';
import { hasProvinceFigure, type IndicatorSummary } from '../../domain/dataset/province-summary';
import { STATUSES } from '../../domain/evaluation/status';
import { useCarriedSearch } from '../../lib/state/carried-search';
import { usePresenters } from '../../lib/language/use-presenters';

/** One indicator for the province: its own KH/TH/% KH and change, and how its units (districts or communes) did. */
/** `changeLabel`: what the change is on, when not last year's figure ("So với cùng kỳ" for a period within the year). */
export function KpiCard({ summary, year, units, level, areaName, changeLabel }: { summary: IndicatorSummary; year: number; units: number; level: string; areaName: string; changeLabel?: string }) {
  const { t, p } = usePresenters();
  const search = useCarriedSearch({ year: String(year) });
  const { indicator, own, total, change, districtStatus, districtsReporting: reporting } = summary;
  return (
    // A card without a province figure repeats what the matrix shows: a slide leaves it out.
    <li className="kpi-card" data-slide={hasProvinceFigure(summary) ? undefined : 'secondary'} data-slide-indicator={indicator.id}>
      <h3><Link to={`/indicator/${indicator.id}${search}`}>{p.name(indicator)}</Link></h3>
      <p className="kpi-unit">{p.unit(indicator)}</p>
      {own ? (
        <>
          <dl className="kpi-figures">
            <div><dt>{t('actual')}</dt><dd className="kpi-actual">{p.figure(own.actual, indicator)}</dd></div>
            <div><dt>{t('plan')}</dt><dd>{p.plan(own.plan, indicator)}</dd></div>
            <div><dt>{t('percentOfPlan')}</dt><dd>{p.percent(own.percent)}</dd></div>
            <div><dt>{changeLabel ?? t('change')}</dt><dd>{p.change(change.absolute, indicator)}</dd></div>
          </dl>
          <StatusBadge status={own.status} />
        </>
      ) : total.kind === 'value' ? (
        <dl className="kpi-figures">
          <div><dt>{t('districtSum', { units: level })} · {t('actual')}</dt><dd className="kpi-actual">{p.figure(total.actual, indicator)}</dd></div>
          <div><dt>{t('plan')}</dt><dd>{total.plan.kind === 'none' ? p.noValue(total.plan) : p.figure(total.plan.value, indicator)}</dd></div>
        </dl>
      ) : (
        <p className="kpi-none">{t('provinceOwn', { name: areaName })}: {t('noData')}</p>
      )}
      {reporting > 0 && (
        <div className="kpi-districts">
          <p>{t('districtsStatus', { units: level })}: {t('districtsReporting', { n: reporting, total: units })}</p>
          <ul className="status-counts">
            {STATUSES.filter((s) => s !== 'no-data' && districtStatus[s] > 0).map((s) => (
              <li key={s} style={{ background: STATUS_STYLE[s].tint, color: STATUS_STYLE[s].ink }}>
                <span aria-hidden="true">{STATUS_STYLE[s].icon}</span> {districtStatus[s]} {p.status(s).toLowerCase()}
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

/** Where a card will be, while a country's cards are made: its name and unit, the card's height. */
export function KpiCardPlace({ indicator }: { indicator: Indicator }) {
  const { p } = usePresenters();
  return (
    <li className="kpi-card kpi-card-place">
      <h3>{p.name(indicator)}</h3>
      <p className="kpi-unit">{p.unit(indicator)}</p>
    </li>
  );
}
