import type { Area, Indicator } from './model';
import type { ParseIssue } from './issues';
import { nameTextIssues, type CellPlace } from './text-issues';

/**
 * The text of catalog entries (areas and indicators) from a JSON upload, the catalog CSV files or
 * an indicator the analyst defines: ids, names and units hold no control character (an error) and
 * are warned about when a spreadsheet would run them as formulas (they are exported in every CSV).
 */
export type PlaceOf = (index: number, field: string) => CellPlace;

const AREA_FIELDS = ['id', 'name', 'parent'] as const;
const INDICATOR_FIELDS = ['id', 'nameVi', 'nameEn', 'unit', 'unitEn'] as const;

export function areaTextIssues(areas: readonly Pick<Area, (typeof AREA_FIELDS)[number]>[], placeOf: PlaceOf): ParseIssue[] {
  return areas.flatMap((a, index) => AREA_FIELDS.flatMap((field) => nameTextIssues(a[field] ?? '', placeOf(index, field))));
}

export function indicatorTextIssues(indicators: readonly Pick<Indicator, (typeof INDICATOR_FIELDS)[number]>[], placeOf: PlaceOf): ParseIssue[] {
  return indicators.flatMap((i, index) => INDICATOR_FIELDS.flatMap((field) => nameTextIssues(i[field], placeOf(index, field))));
}
