import type { Area, Indicator } from '../model';
import type { ParseIssue } from '../issues';
import { cleanFreeText, nameTextIssues, type CellPlace } from '../text/text-issues';

/**
 * The text of catalog entries (areas and indicators) from a JSON upload, the catalog CSV files or
 * an indicator the analyst defines: ids, names and units hold no control or invisible character (an
 * error) and are warned about when a spreadsheet would run them as formulas (they are exported in
 * every CSV); an area's source and note are cleaned with a warning, as every upload's free text.
 */
export type PlaceOf = (index: number, field: string) => CellPlace;

const AREA_FIELDS = ['id', 'name', 'parent', 'kind'] as const;
const AREA_FREE_TEXT = ['source', 'note'] as const;
const INDICATOR_FIELDS = ['id', 'nameVi', 'nameEn', 'unit', 'unitEn'] as const;

export function areaTextIssues(areas: readonly Pick<Area, (typeof AREA_FIELDS)[number] | 'predecessors'>[], placeOf: PlaceOf): ParseIssue[] {
  return areas.flatMap((a, index) => [
    ...AREA_FIELDS.flatMap((field) => nameTextIssues(a[field] ?? '', placeOf(index, field))),
    ...(a.predecessors ?? []).flatMap((id) => nameTextIssues(id, placeOf(index, 'predecessors'))),
  ]);
}

/** The areas with their source and note cleaned (a new object only where one changed), and a warning for each cell cleaned. */
export function cleanAreaFreeText<A extends Pick<Area, (typeof AREA_FREE_TEXT)[number]>>(areas: readonly A[], placeOf: PlaceOf): { areas: A[]; issues: ParseIssue[] } {
  const issues: ParseIssue[] = [];
  const cleaned = areas.map((area, index) => {
    let out = area;
    for (const field of AREA_FREE_TEXT) {
      const value = area[field];
      if (!value) continue;
      const clean = cleanFreeText(value, placeOf(index, field));
      issues.push(...clean.issues);
      if (clean.text !== value) out = { ...out, [field]: clean.text };
    }
    return out;
  });
  return { areas: cleaned, issues };
}

export function indicatorTextIssues(indicators: readonly Pick<Indicator, (typeof INDICATOR_FIELDS)[number]>[], placeOf: PlaceOf): ParseIssue[] {
  return indicators.flatMap((i, index) => INDICATOR_FIELDS.flatMap((field) => nameTextIssues(i[field], placeOf(index, field))));
}
