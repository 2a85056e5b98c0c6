import { isError } from '../issues';
import { areaTextIssues, indicatorTextIssues } from '../catalog/catalog-text';
import type { Catalog, UploadOptions } from './upload-options';

/** The catalog with what the analyst defined during this upload, each definition checked first. */
export function withDefinitions(baseCatalog: Catalog, options: UploadOptions) {
  // An indicator the analyst defines (named after a column of the file) joins the catalog only with safe text.
  const defined = (options.extraIndicators ?? []).filter((i) => !baseCatalog.indicators.some((c) => c.id === i.id))
    .map((indicator) => ({ indicator, issues: indicatorTextIssues([indicator], (_, field) => ({ row: null, column: `${indicator.id}: ${field}` })) }));
  const extra = defined.filter((d) => !d.issues.some(isError)).map((d) => d.indicator);
  // So does an area: safe text, an id of its own, a parent the catalog has.
  const definedAreas = (options.extraAreas ?? []).filter((a) => !baseCatalog.areas.some((c) => c.id === a.id))
    .map((area) => ({ area, issues: areaTextIssues([area], (_, field) => ({ row: null, column: `${area.id}: ${field}` })) }));
  const extraAreas = definedAreas.filter((d) => !d.issues.some(isError) && (d.area.parent === null || baseCatalog.areas.some((c) => c.id === d.area.parent))).map((d) => d.area);
  const catalog = { ...baseCatalog, areas: [...baseCatalog.areas, ...extraAreas], indicators: [...baseCatalog.indicators, ...extra] };
  return { catalog, defined, extra, definedAreas, extraAreas };
}
export type Defined = ReturnType<typeof withDefinitions>;
