import { startTransition } from 'react';
import { defaultYear, type DatasetIndex } from '../../domain/dataset/dataset-index';
import { useYearParam } from '../../lib/state/use-selection';
import { chooseYear, type YearChoice } from './year-choice';

/**
 * The year a view shows (chooseYear): by default over every year of the dataset, opening on the
 * latest with results; a view of one indicator passes its own years and latest year.
 */
export function useYearChoice(index: DatasetIndex, view?: { years: readonly number[]; fallback: number | undefined }): YearChoice & { setYear: (year: number) => void } {
  const [requested, setYear] = useYearParam();
  const choice = chooseYear({ requested, viewYears: view?.years ?? index.years, datasetYears: index.years, fallback: view ? view.fallback : defaultYear(index) });
  // A transition: a year's views at a province's width (38 units × 60 indicators) render in slices, not one long task.
  return { ...choice, setYear: (next: number) => startTransition(() => void setYear(next)) };
}

/** The year in the URL if the data has it, else the latest year with results. */
export function useSelectedYear(index: DatasetIndex): [number, (year: number) => void] {
  const { year, setYear } = useYearChoice(index);
  return [year, setYear];
}
