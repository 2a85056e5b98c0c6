import type { DatasetIndex } from '../../domain/dataset-index';
import { unitsUnder, type UnitsUnder } from '../../domain/drill-down';
import type { Area } from '../../domain/model';
import { usePresenters } from '../../lib/use-presenters';
import { useDrillT } from './drill-messages';
import { useParent } from './use-parent';

/**
 * Everything a view of one parent's units needs: the parent (?in=, checked), its units in the year,
 * and the title: "Tỉnh Lai Châu năm 2024" for a province, "Việt Nam năm 2024" above it.
 */
export function useDrill(index: DatasetIndex, year: number) {
  const { t } = usePresenters();
  const dt = useDrillT();
  const choice = useParent(index);
  const { parent } = choice;
  const under: UnitsUnder = parent ? unitsUnder(index, parent.id, year) : { units: [], level: null, via: null };
  const titleOf = (area: Area, y: number) => (area.level === 'province' ? t('provinceTitle', { name: area.name, year: y }) : dt('parentTitle', { name: area.name, year: y }));
  // Units listed through a level between (a country's districts) are named with their province: "Huyện Bắc 01" is in every province.
  const placeOf = (unit: Area): string | null => (under.via && unit.parent ? (index.area(unit.parent)?.name ?? null) : null);
  return { choice, parent, ...under, titleOf, placeOf };
}
