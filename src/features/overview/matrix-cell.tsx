import { Fragment } from 'react';
import { STATUS_STYLE } from '../../components/status/status-style';
import type { Evaluation } from '../../domain/evaluation/evaluate';
import type { Area, Indicator } from '../../domain/model';
import { usePresenters } from '../../lib/language/use-presenters';

/** "25,1 triệu đồng/người/năm" may wrap after each slash: a narrow column (a slide's) never overflows. */
const breakableUnit = (text: string) =>
  text.split('/').map((part, i, parts) => (i < parts.length - 1 ? <Fragment key={i}>{part}/<wbr /></Fragment> : part));

/**
 * One district × indicator: % of plan with status icon; a figure without a plan shows the figure
 * itself ("TH 99,1%"), and an empty cell is a dash read aloud as "no data". Its table navigates with
 * `useTableLinks`.
 */
export function MatrixCell({ evaluation: e, indicator, area, href }: { evaluation: Evaluation | undefined; indicator: Indicator; area: Area; href: string }) {
  const { t, p } = usePresenters();
  const status = e?.status ?? 'no-data';
  const style = STATUS_STYLE[status];
  if (!e) {
    return (
      <td className="matrix-empty" data-status="none">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('noData')}</span>
      </td>
    );
  }
  const title = `${area.name} · ${p.name(indicator)}: ${t('actual')} ${p.figure(e.actual, indicator)}; ${t('plan')} ${p.plan(e.plan, indicator)}; ${t('percentOfPlan')} ${p.percent(e.percent)}`;
  return (
    // Its colours come from data-status in styles.css (an inline style per cell was a style write per cell).
    <td data-status={status} title={title}>
      {/* A plain anchor: the table's click handler navigates in the page (see table-links.ts). */}
      <a href={href} className="matrix-cell">
        {e.percent.kind === 'value' ? (
          <>
            <span className="matrix-percent"><span aria-hidden="true">{style.icon}</span> {p.percent(e.percent)}</span>
            <span className="visually-hidden"> — {p.status(status)}</span>
          </>
        ) : (
          <span className="matrix-figure">
            {t('actualShort')} {breakableUnit(p.figure(e.actual, indicator))}
            <span className="matrix-reason">{p.percent(e.percent)}</span>
          </span>
        )}
      </a>
    </td>
  );
}
