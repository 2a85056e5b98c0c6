import { Link } from 'react-router';
import { STATUS_STYLE } from '../../components/status/status-style';
import { formatSigned } from '../../domain/numbers/format';
import type { Area } from '../../domain/model';
import { usePresenters } from '../../lib/language/use-presenters';
import { useRankingT } from './ranking-messages';
import type { ScorecardCell as Cell } from './scorecard-rows';

/** % of plan with status colour and icon, optionally its change since last year; opens the trend. */
export function ScorecardCell({ cell, area, href, showChange, previousYear }: { cell: Cell; area: Area; href: string; showChange: boolean; previousYear: number }) {
  const rt = useRankingT();
  const { t, p, language } = usePresenters();
  const e = cell.evaluation;
  const status = e?.status ?? 'no-data';
  const style = STATUS_STYLE[status];
  const change = showChange ? (
    <span className="scorecard-change">
      {cell.change.kind === 'value' ? <>
        <span aria-hidden="true">Δ {formatSigned(cell.change.value, language, 1)}</span>
        <span className="visually-hidden">{rt('changePoints', { value: formatSigned(cell.change.value, language, 1), year: previousYear })}</span>
      </> : <>
        <span aria-hidden="true">Δ —</span>
        <span className="visually-hidden">{rt('changeNone', { year: previousYear })}</span>
      </>}
    </span>
  ) : null;
  if (!e) {
    return (
      <td className="scorecard-empty">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{rt('noFigure')}</span>
      </td>
    );
  }
  const title = `${area.name} · ${p.name(cell.indicator)}: ${t('actual')} ${p.figure(e.actual, cell.indicator)}; ${t('plan')} ${p.plan(e.plan, cell.indicator)}; ${t('percentOfPlan')} ${p.percent(e.percent)}`;
  return (
    <td style={{ background: style.tint, color: style.ink }} data-status={status} title={title}>
      <Link to={href} className="scorecard-link">
        {e.percent.kind === 'value' ? <><span aria-hidden="true">{style.icon}</span> {`${p.number(e.percent.value, 1)}%`}</> : (
          <span className="scorecard-figure">{t('actualShort')} {e.actual === null ? t('noData') : p.number(e.actual)}<span className="cell-note">{p.percent(e.percent)}</span></span>
        )}
        <span className="visually-hidden"> — {p.status(status)}</span>
        {change}
      </Link>
    </td>
  );
}
