import type { Indicator } from '../../domain/model';
import { usePresenters } from '../../lib/language/use-presenters';
import type { TrendPoint } from './trend-series';

/** A trend's figures as one line of text ("2019: TH 12,3 · KH 11 …"): what a chart not yet drawn shows. */
export function TrendFigures({ points, indicator }: { points: readonly TrendPoint[]; indicator: Indicator }) {
  const { t, p } = usePresenters();
  const shown = points.filter((pt) => pt.evaluation);
  return (
    <>
      {shown.map((pt, i) => (
        <span key={pt.year}>
          {i > 0 && ' · '}
          {pt.year}: {t('actualShort')} {p.figure(pt.evaluation?.actual ?? null, indicator)}, {t('planShort')} {pt.evaluation ? p.plan(pt.evaluation.plan, indicator) : ''}
        </span>
      ))}
    </>
  );
}
