import { Link, useLocation } from 'react-router';
import { useCurrentSearch } from '../../lib/state/carried-search';
import { usePresenters } from '../../lib/language/use-presenters';
import type { YearChoice } from '../pickers/year-choice';

/**
 * Says when the carried year has no figures here, and offers the nearest year that has: the
 * year chosen on another view stays, and nothing is left blank without a word.
 */
export function YearNotice({ choice, what }: { choice: YearChoice; what: string }) {
  const { t } = usePresenters();
  const { pathname } = useLocation();
  const params = new URLSearchParams(useCurrentSearch());
  const { lacking } = choice;
  if (!lacking) return null;
  const stayed = choice.year === lacking.requested;
  const nearest = stayed ? lacking.nearest : null;
  if (nearest !== null) params.set('year', String(nearest));
  return (
    <p className="info-banner page-notice year-notice" aria-live="polite" data-slide="secondary">
      {stayed ? t('yearLacking', { what, requested: lacking.requested }) : t('yearFallback', { requested: lacking.requested, year: choice.year })}{' '}
      {stayed && (nearest !== null ? <Link to={`${pathname}?${params.toString()}`}>{t('yearNearest', { year: nearest })}</Link> : t('yearNone'))}
    </p>
  );
}
