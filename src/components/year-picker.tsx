import type { DatasetIndex } from '../domain/dataset-index';
import { usePresenters } from '../lib/use-presenters';
import { SelectField } from './select-field';
import { useSelectedYear } from './use-selected-year';

export function YearPicker({ index }: { index: DatasetIndex }) {
  const { t } = usePresenters();
  const [year, setYear] = useSelectedYear(index);
  const options = [...index.years].reverse().map((y) => ({ value: String(y), label: String(y) }));
  return <SelectField label={t('year')} value={String(year)} options={options} onChange={(v) => setYear(Number(v))} />;
}
