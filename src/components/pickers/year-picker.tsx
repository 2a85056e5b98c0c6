import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import { usePresenters } from '../../lib/language/use-presenters';
import { SelectField } from './select-field';
import { useSelectedYear } from './use-selected-year';

/** The dataset's years, newest first; `year` when the view shows another year than the default choice (an indicator's latest). */
export function YearPicker({ index, year }: { index: DatasetIndex; year?: number }) {
  const { t } = usePresenters();
  const [selected, setYear] = useSelectedYear(index);
  const options = [...index.years].reverse().map((y) => ({ value: String(y), label: String(y) }));
  return <SelectField label={t('year')} value={String(year ?? selected)} options={options} onChange={(v) => setYear(Number(v))} />;
}
