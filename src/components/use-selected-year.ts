import { defaultYear, type DatasetIndex } from '../domain/dataset-index';
import { useYearParam } from '../lib/use-selection';

/** The year in the URL if the data has it, else the latest year with results. */
export function useSelectedYear(index: DatasetIndex): [number, (year: number) => void] {
  const [year, setYear] = useYearParam();
  const selected = year !== null && index.years.includes(year) ? year : (defaultYear(index) ?? new Date().getFullYear());
  return [selected, (next: number) => void setYear(next)];
}
