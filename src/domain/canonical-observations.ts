import Papa from 'papaparse';
import { inForceIn } from './areas';
import { evaluateObservation } from './evaluate';
import type { Area, Indicator } from './model';
import { ObservationTable, ObservationTableBuilder } from './observation-table';
import { cleanFreeText, nameTextIssues } from './text-issues';

/** The header `publish` writes; a published observations.csv has exactly these columns, in this order. */
export const CANONICAL_HEADER = 'area,year,indicator,plan,actual,percent_of_plan,unit,source,note';
const COLUMNS = CANONICAL_HEADER.split(',').length;

const YEAR = /^\d{4}$/;
const PLAIN_NUMBER = /^-?\d{1,15}(\.\d{1,15})?$/;
/** "1.862": an English decimal, or a Vietnamese thousands mark — evidence of neither. */
const GROUPED_THOUSAND = /^-?\d{1,3}\.\d{3}$/;
const NO_PLACE = { row: 0, column: '' };

/**
 * The fast reading of a clean canonical observations.csv (what `publish` writes): streamed row by
 * row into columns, each distinct name checked once, no object per row. It accepts a file only when
 * every row is one the general reader (parseObservationsCsv) would take without an issue of any kind
 * (ids exact and in force in their year, numbers in the canonical form, no duplicate, text clean, a
 * printed % KH consistent with plan and actual); at the first row that is not, it stops and says so,
 * and the caller reads the file with the general reader, which locates and words every issue.
 */
export function readCanonicalObservations(text: string, areas: readonly Area[], indicators: readonly Indicator[]): { ok: true; table: ObservationTable; rows: number } | { ok: false; row: number } {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = content.slice(0, content.indexOf('\n') < 0 ? content.length : content.indexOf('\n')).replace(/\r$/, '');
  if (firstLine !== CANONICAL_HEADER) return { ok: false, row: 1 };

  const areaById = new Map(areas.map((a) => [a.id, a]));
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));
  const inForce = new Map<string, boolean>();
  const cleanNames = new Set<string>();
  const cleanFree = new Set<string>();
  const nameOk = (value: string) => cleanNames.has(value) || (nameTextIssues(value, NO_PLACE).length === 0 && (cleanNames.add(value), true));
  const freeOk = (value: string) => {
    if (cleanFree.has(value)) return true;
    const cleaned = cleanFreeText(value, NO_PLACE);
    if (cleaned.issues.length > 0 || cleaned.text !== value) return false;
    cleanFree.add(value);
    return true;
  };
  // The general reader detects the number format from the file: only decimals that read one way only tell it.
  let englishOnly = 0;
  let eitherWay = 0;
  const number = (cell: string): number | null | undefined => {
    if (cell === '') return null;
    if (!PLAIN_NUMBER.test(cell)) return undefined;
    if (cell.includes('.')) {
      if (GROUPED_THOUSAND.test(cell)) eitherWay++;
      else englishOnly++;
    }
    return Number(cell);
  };

  const builder = new ObservationTableBuilder(Math.max(1024, Math.round(content.length / 60)));
  const seen = new Set<string>();
  let rows = 0;
  let failedAt = 0;
  let line = 0;
  Papa.parse<string[]>(content, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimiter: ',',
    step: (result, parser) => {
      line++;
      if (line === 1) return;
      const cells = result.data;
      if (cells.length === 1 && cells[0] === '') return;
      rows++;
      const fail = () => {
        failedAt = line;
        parser.abort();
      };
      if (result.errors.length > 0 || cells.length !== COLUMNS) return fail();
      const [areaId = '', yearText = '', indicatorId = '', planText = '', actualText = '', percentText = '', unit = '', source = '', note = ''] = cells;
      const area = areaById.get(areaId);
      const indicator = indicatorById.get(indicatorId);
      if (!area || !indicator || !YEAR.test(yearText)) return fail();
      const year = Number(yearText);
      const key = `${areaId}|${year}`;
      let ok = inForce.get(key);
      if (ok === undefined) inForce.set(key, (ok = year >= 1900 && year <= 2100 && inForceIn(area, year) && nameOk(areaId)));
      if (!ok || !nameOk(indicatorId)) return fail();
      if (unit !== '' && ((unit !== indicator.unit && unit !== indicator.unitEn) || !nameOk(unit))) return fail();
      const plan = number(planText);
      const actual = number(actualText);
      const reportedPercent = number(percentText);
      if (plan === undefined || actual === undefined || reportedPercent === undefined) return fail();
      if (plan === null && actual === null && reportedPercent === null) return fail();
      // A leading ' is the export's formula guard, which the general reader undoes.
      if (source.startsWith("'") || note.startsWith("'") || !freeOk(source) || !freeOk(note)) return fail();
      const observation = { area: areaId, year, indicator: indicatorId, plan, actual, reportedPercent, unit: indicator.unit, source, note };
      if (reportedPercent !== null && evaluateObservation(observation, indicator).warnings.length > 0) return fail();
      const id = `${key}|${indicatorId}`;
      if (seen.has(id)) return fail();
      seen.add(id);
      builder.push(observation);
    },
  });
  if (failedAt > 0) return { ok: false, row: failedAt };
  // Every decimal "1.862"-like: the general reader cannot tell the format and asks; so must this one.
  if (eitherWay > 0 && englishOnly === 0) return { ok: false, row: 2 };
  return { ok: true, table: builder.build(), rows };
}
