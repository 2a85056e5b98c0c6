import type { DatasetIndex } from '../../domain/dataset/dataset-index';

/** The years in which these units have a row of the indicator, ascending: read from the table's columns, no row made an object (a country: 33,000 rows). */
export function unitYears(index: DatasetIndex, unitIds: Iterable<string>, indicator: string): number[] {
  const { area, areaIds, year } = index.table.columns;
  const ids = new Set(unitIds);
  const wanted = areaIds.map((id) => ids.has(id));
  const years = new Set<number>();
  for (const i of index.positionsFor({ indicator })) if (wanted[area[i]!]) years.add(year[i]!);
  return [...years].sort((a, b) => a - b);
}
