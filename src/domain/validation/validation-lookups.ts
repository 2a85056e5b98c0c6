/**
 * The lookups validate-observations makes for every row, each done once per distinct text: a file names
 * the same few thousand areas and indicators a million times. Areas and indicators get numeric codes
 * (their position in the catalog, by id) so a row's key and its history are numbers, not strings.
 */
import type { Area, Indicator, Observation } from '../model';
import { detached } from '../observations/observation-table';
import { createAliasedAreaMatcher, type AliasedAreaMatch } from '../areas/area-alias';
import { createIndicatorMatcher, type IndicatorMatch } from '../catalog/catalog-match';
import type { ParseIssue } from '../issues';
import { cleanFreeText, isPlainCell, nameTextIssues } from '../text/text-issues';

const FIRST_YEAR = 1900;
/** Years 1900–2100 by offset, and one slot for a row without a valid year. */
const YEAR_SLOTS = 202;
/** Beyond this many distinct texts a lookup is still answered, just not remembered (a file of a million different names). */
const REMEMBERED = 200_000;

/** Each distinct text a file names, by a code: what a row keeps instead of its own copy of the text. */
export class TextCodes {
  readonly values: string[] = [];
  add(text: string): number {
    this.values.push(detached(text));
    return this.values.length - 1;
  }
}

/** Codes by id, in catalog order; an id met twice keeps its first code. */
function codesOf(ids: readonly string[]): Map<string, number> {
  const codes = new Map<string, number>();
  ids.forEach((id, i) => codes.has(id) || codes.set(id, i));
  return codes;
}

export function createAreaLookup(areas: readonly Area[], aliases: Readonly<Record<string, string>> | undefined) {
  const matcher = createAliasedAreaMatcher(areas, aliases);
  const codes = codesOf(areas.map((a) => a.id));
  const byName = new Map<string, { text: number; years: (AliasedAreaMatch | undefined)[]; always: AliasedAreaMatch | null }>();
  const texts = new TextCodes();
  return {
    size: areas.length,
    texts,
    /** The match of a name in a year (undefined: no valid year), under the year rule; `lastText` is the name's code in `texts`. */
    match(name: string, year: number | undefined): AliasedAreaMatch {
      let entry = byName.get(name);
      if (!entry) {
        const area = matcher.timeless(name);
        entry = { text: texts.add(name), years: new Array<AliasedAreaMatch | undefined>(YEAR_SLOTS), always: area ? { ok: true, area } : null };
        if (byName.size < REMEMBERED) byName.set(texts.values[entry.text]!, entry);
      }
      this.lastText = entry.text;
      if (entry.always) return entry.always;
      const slot = year === undefined ? YEAR_SLOTS - 1 : year - FIRST_YEAR;
      return (entry.years[slot] ??= matcher.match(name, year));
    },
    lastText: 0,
    code: (id: string): number => codes.get(id) ?? -1,
  };
}

export function createIndicatorLookup(indicators: readonly Indicator[], aliases: Readonly<Record<string, string>> | undefined) {
  const matchCatalog = createIndicatorMatcher(indicators);
  const aliased = new Map(Object.entries(aliases ?? {}).flatMap(([name, id]) => {
    const indicator = indicators.find((i) => i.id === id);
    return indicator ? [[name.trim(), indicator] as const] : [];
  }));
  const codes = codesOf(indicators.map((i) => i.id));
  const byName = new Map<string, { text: number; match: IndicatorMatch }>();
  const texts = new TextCodes();
  return {
    size: indicators.length,
    texts,
    /** The match of a name; `lastText` is the name's code in `texts`. */
    match(name: string): IndicatorMatch {
      let found = byName.get(name);
      if (!found) {
        const chosen = aliased.get(name);
        found = { text: texts.add(name), match: chosen ? { ok: true, indicator: chosen } : matchCatalog(name) };
        if (byName.size < REMEMBERED) byName.set(texts.values[found.text]!, found);
      }
      this.lastText = found.text;
      return found.match;
    },
    lastText: 0,
    code: (id: string): number => codes.get(id) ?? -1,
  };
}

const NONE: ParseIssue[] = [];

/** Text checks with one shared empty answer for the clean texts, the rule: no allocation per clean cell. */
export function createTextChecks() {
  const cleanNames = new Set<string>();
  const cleanFree = new Set<string>();
  return {
    NONE,
    name(value: string, row: number, column: string): ParseIssue[] {
      if (isPlainCell(value, false) || cleanNames.has(value)) return NONE;
      const found = nameTextIssues(value, { row, column });
      if (found.length === 0 && cleanNames.size < REMEMBERED) cleanNames.add(detached(value));
      return found.length === 0 ? NONE : found;
    },
    /** The free text as it will be stored; its warnings, if any, are added to `warnings`. */
    free(value: string, row: number, column: string, warnings: ParseIssue[]): string {
      if (isPlainCell(value, true) || cleanFree.has(value)) return value;
      const cleaned = cleanFreeText(value, { row, column });
      if (cleaned.issues.length === 0 && cleaned.text === value && cleanFree.size < REMEMBERED) cleanFree.add(detached(value));
      warnings.push(...cleaned.issues);
      return cleaned.text;
    },
  };
}

/**
 * The median of each area × indicator's stored figures (actual, else plan), keyed by area code ×
 * indicator code; figures of areas or indicators the catalog does not have can match no row and are left out.
 */
export function indexHistory(history: readonly Observation[], areas: ReturnType<typeof createAreaLookup>, indicators: readonly Indicator[]): Map<number, number> {
  const indicatorCodes = codesOf(indicators.map((i) => i.id));
  const areaCodes = new Map<string, number>();
  const values = new Map<number, number[]>();
  for (const o of history) {
    const v = o.actual ?? o.plan;
    if (v === null || v === 0) continue;
    let area = areaCodes.get(o.area);
    if (area === undefined) areaCodes.set(o.area, (area = areas.code(o.area)));
    const indicator = indicatorCodes.get(o.indicator);
    if (area < 0 || indicator === undefined) continue;
    const key = area * indicators.length + indicator;
    const list = values.get(key);
    if (list) list.push(Math.abs(v));
    else values.set(key, [Math.abs(v)]);
  }
  return new Map([...values].map(([key, list]) => [key, [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0]));
}
