import { parseAsArrayOf, parseAsString, parseAsStringLiteral, useQueryStates } from 'nuqs';
import { SELECTION_OPTIONS } from '../../lib/state/use-selection';
import type { UnitFilter } from './unit-list';

const parsers = {
  q: parseAsString.withDefault(''),
  former: parseAsArrayOf(parseAsString).withDefault([]),
  sort: parseAsString,
  group: parseAsStringLiteral(['former', 'none'] as const),
};

export interface UnitListChoice {
  filter: UnitFilter;
  /** 'catalog', 'name', 'percent' or 'percent:<indicator>' (the matrix sorts by one column). */
  sort: string;
  grouped: boolean;
}

/**
 * How a long list of units is arranged, in the URL so a shared link (and a slide: ?former=…)
 * shows the same list: ?q= search, ?former= former districts, ?sort=, ?group=none|former.
 * Each view gives its own defaults.
 */
export function useUnitList(defaults: { sort: string; grouped: boolean }): [UnitListChoice, (next: Partial<{ q: string; former: string[]; sort: string; grouped: boolean }>) => void] {
  const [state, setState] = useQueryStates(parsers, { ...SELECTION_OPTIONS, clearOnDefault: true });
  const choice: UnitListChoice = {
    filter: { query: state.q, former: state.former },
    sort: state.sort ?? defaults.sort,
    grouped: state.group === null ? defaults.grouped : state.group === 'former',
  };
  // Typing a search is one history entry, not one per key.
  const update = (next: Partial<{ q: string; former: string[]; sort: string; grouped: boolean }>) =>
    void setState(
      {
      ...(next.q !== undefined ? { q: next.q || null } : {}),
      ...(next.former !== undefined ? { former: next.former.length > 0 ? next.former : null } : {}),
      ...(next.sort !== undefined ? { sort: next.sort === defaults.sort ? null : next.sort } : {}),
      ...(next.grouped !== undefined ? { group: next.grouped === defaults.grouped ? null : next.grouped ? 'former' : 'none' } : {}),
      },
      next.q !== undefined ? { history: 'replace' } : {},
    );
  return [choice, update];
}
