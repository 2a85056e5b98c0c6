import type { Award } from '../awards';
import type { MainTarget } from '../main-targets';
import type { Area, Dataset, Indicator } from '../model';
import { ObservationTable } from '../observations/observation-table';

/** The catalog side of a dataset: what every view reads whole. */
export interface DatasetCatalog {
  areas: Area[];
  indicators: Indicator[];
  awards?: Award[];
  mainTargets?: MainTarget[];
}

/** A dataset as the page holds it: the catalog, and the observations in columns. */
export interface TabularDataset extends DatasetCatalog {
  table: ObservationTable;
}

export const isTabular = (data: Dataset | TabularDataset): data is TabularDataset => 'table' in data;

/** The columnar form of a dataset (the same object when it already is one). */
export const tabular = (data: Dataset | TabularDataset): TabularDataset =>
  isTabular(data) ? data : { areas: data.areas, indicators: data.indicators, ...catalogExtrasOf(data), table: ObservationTable.from(data.observations) };

/** The optional catalog files' contents, when the dataset has them: a dataset without awards.csv or main-targets.csv stays as it was. */
export const catalogExtrasOf = (data: { awards?: Award[] | undefined; mainTargets?: MainTarget[] | undefined }): { awards?: Award[]; mainTargets?: MainTarget[] } => ({
  ...(data.awards ? { awards: data.awards } : {}),
  ...(data.mainTargets ? { mainTargets: data.mainTargets } : {}),
});
