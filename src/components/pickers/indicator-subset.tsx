import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { Indicator } from '../../domain/model';
import { useCurrentSearch } from '../../lib/state/carried-search';
import { useIndicatorsParam } from '../../lib/state/use-selection';
import { usePresenters } from '../../lib/language/use-presenters';

/** The indicators a view shows: all of them, or the subset a link (a slide, say) names, in catalog order. */
export function useIndicatorSubset(all: Indicator[]): { shown: Indicator[]; notice: ReactNode } {
  const [only] = useIndicatorsParam();
  const named = only && only.length > 0 ? all.filter((i) => only.includes(i.id)) : [];
  // A link whose indicators the data no longer has shows everything rather than nothing.
  const shown = named.length > 0 ? named : all;
  return { shown, notice: shown.length < all.length ? <SubsetNotice shown={shown.length} total={all.length} /> : null };
}

/** Says that a part is shown and leads to the whole (the desk's view; a slide leaves it out). */
function SubsetNotice({ shown, total }: { shown: number; total: number }) {
  const { t } = usePresenters();
  const { pathname } = useLocation();
  const params = new URLSearchParams(useCurrentSearch());
  params.delete('indicators');
  const query = params.toString();
  return (
    <p className="subset-notice" data-slide="secondary">
      {t('subsetShown', { n: shown, total })} <Link to={`${pathname}${query ? `?${query}` : ''}`}>{t('subsetShowAll')}</Link>
    </p>
  );
}
