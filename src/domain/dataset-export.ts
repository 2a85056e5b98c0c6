import type { Dataset, Observation } from './model';
import { OBSERVATION_FIELDS } from './header-aliases';
import { toDelimited } from './csv';

/** Writers of the canonical formats; kept apart from the parsers so exporting loads no schema library. */
const observationRow = (o: Observation) => [o.area, o.year, o.indicator, o.plan, o.actual, o.reportedPercent, o.unit, o.source, o.note];

/** The canonical long CSV: dot decimals, no grouping, so it reads the same in every locale. */
export function observationsToCsv(observations: readonly Observation[]): string {
  return `${toDelimited(OBSERVATION_FIELDS, observations.map(observationRow))}\n`;
}

export function datasetToJson(dataset: Dataset): string {
  const observations = dataset.observations.map((o) => Object.fromEntries(OBSERVATION_FIELDS.map((f, i) => [f, observationRow(o)[i]])));
  return `${JSON.stringify({ areas: dataset.areas, indicators: dataset.indicators, observations }, null, 2)}\n`;
}
