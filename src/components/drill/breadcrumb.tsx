import { Link, useLocation } from 'react-router';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import { ancestry, defaultParent } from '../../domain/dataset/drill-down';
import type { Area } from '../../domain/model';
import { useCurrentSearch } from '../../lib/state/carried-search';
import { useDrillT } from './drill-messages';

/** The link that shows the same view drilled into another area: the list's page, search and filter start afresh. */
export function useDrillHref(index: DatasetIndex): (area: Area) => string {
  const { pathname } = useLocation();
  const search = useCurrentSearch();
  const fallback = defaultParent(index);
  return (area) => {
    const params = new URLSearchParams(search);
    for (const key of ['page', 'q', 'former']) params.delete(key);
    if (area.id === fallback?.id) params.delete('in');
    else params.set('in', area.id);
    const text = params.toString();
    return `${pathname}${text ? `?${text}` : ''}`;
  };
}

/** "Việt Nam › Lai Châu": where the view stands in the hierarchy, each level above a way back up. */
export function Breadcrumb({ index, parent }: { index: DatasetIndex; parent: Area }) {
  const dt = useDrillT();
  const href = useDrillHref(index);
  const chain = ancestry(index, parent);
  return (
    <nav aria-label={dt('breadcrumb')} className="breadcrumb">
      <ol>
        {chain.map((area, i) => (
          <li key={area.id}>
            {i === chain.length - 1 ? <span aria-current="location">{area.name}</span> : <Link to={href(area)}>{area.name}</Link>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
