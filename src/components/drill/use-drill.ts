import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import { unitsUnder, type UnitsUnder } from '../../domain/dataset/drill-down';
import type { Area } from '../../domain/model';
import { usePresenters } from '../../lib/language/use-presenters';
import { useDrillT } from './drill-messages';
import { useParent } from './use-parent';

/**
 * Everything a view of one parent's units needs: the parent (?in=, checked), its units in the year,
 * and the title: "Tỉnh Lai Châu năm 2024" for a province, "Việt Nam năm 2024" above it.
 */
export function useDrill(index: DatasetIndex, year: number) {
  const { t, language } = usePresenters();
  const dt = useDrillT();
  const choice = useParent(index);
  const { parent } = choice;
  const under: UnitsUnder = parent ? unitsUnder(index, parent.id, year) : { units: [], level: null, via: null };
  // "Tỉnh Lai Châu", but "Thành phố Hà Nội": a province-level city is not called a province.
  const titleOf = (area: Area, y: number) => (area.level === 'province' && (area.kind ?? 'tỉnh') === 'tỉnh' ? t('provinceTitle', { name: area.name, year: y }) : dt('parentTitle', { name: area.level === 'province' && area.kind && language === 'vi' ? `${area.kind[0]!.toUpperCase()}${area.kind.slice(1)} ${area.name}` : area.name, year: y }));
  // Units listed through a level between (a country's districts) are named with their province: "Huyện Bắc 01" is in every province.
  const placeOf = (unit: Area): string | null => (under.via && unit.parent ? (index.area(unit.parent)?.name ?? null) : null);
  return { choice, parent, ...under, titleOf, placeOf };
}
