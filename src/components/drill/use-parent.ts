import { parseAsArrayOf, parseAsInteger, parseAsString, useQueryStates } from 'nuqs';
import { useMemo } from 'react';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import { defaultParent, resolveParent, type ParentChoice } from '../../domain/dataset/drill-down';
import { SELECTION_OPTIONS } from '../../lib/state/use-selection';

/** Choosing another parent starts its list afresh: page, search and former-district filter belong to the old one. */
const parsers = { in: parseAsString, page: parseAsInteger, q: parseAsString, former: parseAsArrayOf(parseAsString) };

/** What a view drills into (?in=<area>, carried between views like the year), checked against the data. */
export function useParent(index: DatasetIndex): ParentChoice & { drillTo: (id: string) => void } {
  const [state, setState] = useQueryStates(parsers, SELECTION_OPTIONS);
  const asked = state.in;
  const choice = useMemo(() => resolveParent(index, asked), [index, asked]);
  const drillTo = (id: string) => void setState({ in: id === defaultParent(index)?.id ? null : id, page: null, q: null, former: null });
  return { ...choice, drillTo };
}
