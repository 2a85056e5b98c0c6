import type { Area } from '../../domain/model';
import { usePresenters } from '../../lib/language/use-presenters';
import { SelectField } from './select-field';
import { groupByFormer } from '../units/unit-list';
import { formerLabel, unitName } from '../units/unit-names';

/**
 * The units of a year to choose from: the ones before the list (the province, a unit the URL
 * names from another period), then the year's units — communes under their former district (<optgroup>).
 */
export function AreaPicker({ areas, value, onChange, first = [], areaOf }: { areas: Area[]; value: string; onChange: (id: string) => void; first?: Area[]; areaOf?: (id: string) => Area | undefined }) {
  const { t, language } = usePresenters();
  // Grouped by year, names carry their kind: xã Than Uyên and huyện Than Uyên must not read alike.
  const option = (a: Area) => ({ value: a.id, label: areaOf ? unitName(a, language) : a.name });
  const groups = areaOf ? groupByFormer(areas, areaOf) : [{ former: null, units: areas }];
  const loose = groups.filter((g) => !g.former).flatMap((g) => g.units);
  return (
    <SelectField
      label={t('area')}
      value={value}
      options={[...first, ...loose].map(option)}
      groups={groups.flatMap((g) => (g.former ? [{ label: formerLabel(g.former, language, t), options: g.units.map(option) }] : []))}
      onChange={onChange}
    />
  );
}
