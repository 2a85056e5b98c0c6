import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import { groupByFormer, hasFormerUnits, unitSlideParts } from './unit-list';

/**
 * How many units a 1280×720 slide holds at presentation type (24 px rows), and how many indicator
 * columns beside them: more units become more slides, never smaller type.
 */
export const UNITS_PER_SLIDE = 9;
export const UNIT_COLUMNS_PER_SLIDE = 5;

const chunks = <T>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, k) => items.slice(k * size, (k + 1) * size));

/**
 * The slides of a view listing many units: one per group of former districts (?former=…), times
 * one per group of indicator columns (?indicators=…) when the view has columns; numbered "(1/6)".
 * Null when the units are few (districts): the view stays one slide, or splits by indicators only.
 */
export function unitSlides(index: DatasetIndex, year: number, view: string, title: string, columns: readonly string[] | null): { view: string; title: string }[] | null {
  const province = index.province;
  const units = province ? index.unitsOf(province.id, year) : [];
  if (!hasFormerUnits(units)) return null;
  const parts = unitSlideParts(groupByFormer(units, (id) => index.area(id)), UNITS_PER_SLIDE);
  const columnParts = columns && columns.length > 0 ? chunks(columns, UNIT_COLUMNS_PER_SLIDE) : [null];
  const slides = parts.flatMap((part) => columnParts.map((cols) => ({ former: part.former, cols })));
  if (slides.length <= 1) return [{ view, title }];
  const join = view.includes('?') ? '&' : '?';
  return slides.map((slide, k) => ({
    view: `${view}${join}former=${slide.former.join(',')}${slide.cols ? `&indicators=${slide.cols.join(',')}` : ''}`,
    title: `${title} (${k + 1}/${slides.length})`,
  }));
}
