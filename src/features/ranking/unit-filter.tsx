import { useId, useMemo, useState } from 'react';
import { formerUnitOf } from '../../domain/areas';
import type { DatasetIndex } from '../../domain/dataset-index';
import type { RankedArea } from '../../domain/scoring';
import { useLevelT } from './level-messages';
import type { RankingModel } from './ranking-model';
import { groupByFormer, hasFormerUnits, matchesUnit, type UnitGroup } from './unit-groups';

export interface UnitView {
  query: string;
  setQuery: (q: string) => void;
  grouped: boolean;
  setGrouped: (g: boolean) => void;
  /** Whether grouping by former district means anything here (communes). */
  groupable: boolean;
  /** Whether the units are many enough, or grouped, to offer the filter at all. */
  filterable: boolean;
  /** The ranked rows that match the filter, in rank order. */
  rows: RankedArea[];
  groups: UnitGroup<RankedArea>[];
}

/** The reader's narrowing of a long ranking (38 communes): a filter by name or former district, and grouping by former district. */
export function useUnitView(index: DatasetIndex, model: RankingModel): UnitView {
  const [query, setQuery] = useState('');
  const [grouped, setGrouped] = useState(false);
  const groupable = hasFormerUnits(model.areas);
  const rows = useMemo(() => {
    const formerOf = (id: string) => {
      const area = index.area(id);
      const former = area ? formerUnitOf(area) : null;
      return former ? index.area(former) : undefined;
    };
    return model.ranking.filter((r) => {
      const area = index.area(r.area);
      return area ? matchesUnit(area, formerOf(r.area), query) : true;
    });
  }, [index, model.ranking, query]);
  const groups = useMemo(
    () => (grouped && groupable ? groupByFormer(rows, (r) => index.area(r.area), index.dataset.areas) : [{ former: null, rows }]),
    [grouped, groupable, rows, index],
  );
  return { query, setQuery, grouped: grouped && groupable, setGrouped, groupable, filterable: groupable || model.areas.length > 12, rows, groups };
}

export function UnitFilter({ view, total }: { view: UnitView; total: number }) {
  const lt = useLevelT();
  const id = useId();
  return (
    <div className="unit-filter" role="search">
      <div className="text-field">
        <label htmlFor={id}>{lt('filterLabel')}</label>
        <input id={id} type="search" value={view.query} onChange={(e) => view.setQuery(e.target.value)} />
      </div>
      {view.groupable && (
        <label className="check-field">
          <input type="checkbox" checked={view.grouped} onChange={(e) => view.setGrouped(e.target.checked)} /> {lt('groupLabel')}
        </label>
      )}
      <p className="filter-count" aria-live="polite">
        {view.rows.length === 0 ? lt('noMatch', { query: view.query }) : lt('filterCount', { shown: view.rows.length, total })}
      </p>
    </div>
  );
}
