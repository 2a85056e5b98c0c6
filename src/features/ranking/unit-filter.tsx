import { useId, useMemo, useState } from 'react';
import { filterUnits, groupByFormer, hasFormerUnits, NO_FILTER } from '../../components/units/unit-list';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Area } from '../../domain/model';
import type { RankedArea } from '../../domain/scoring/scoring';
import { useLevelT } from './level-messages';
import type { RankingModel } from './ranking-model';

/** Ranked rows under their former district (null: not grouped), in rank order within each group. */
export interface UnitGroup<T> {
  former: Area | null;
  rows: T[];
}

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
  // The same filter and grouping as every other list of units (components/units/unit-list.ts), applied to the ranked rows.
  const rows = useMemo(() => {
    const kept = new Set(filterUnits(model.areas, { ...NO_FILTER, query }, (id) => index.area(id)).map((a) => a.id));
    return model.ranking.filter((r) => kept.has(r.area) || !index.area(r.area));
  }, [index, model.areas, model.ranking, query]);
  const groups = useMemo((): UnitGroup<RankedArea>[] => {
    if (!grouped || !groupable) return [{ former: null, rows }];
    const byId = new Map(rows.map((r) => [r.area, r]));
    const order = new Map(index.dataset.areas.map((a, i) => [a.id, i]));
    const units = rows.flatMap((r) => index.area(r.area) ?? []);
    return groupByFormer(units, (id) => index.area(id))
      .map((g) => ({ former: g.former, rows: g.units.flatMap((u) => byId.get(u.id) ?? []) }))
      .sort((a, b) => (order.get(a.former?.id ?? '') ?? Infinity) - (order.get(b.former?.id ?? '') ?? Infinity));
  }, [grouped, groupable, rows, index]);
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
