import type { Area, Indicator, Observation } from './model';
import { createAliasedAreaMatcher } from './upload/area-alias';
import { fullName, validityProblem } from './areas';
import { createIndicatorMatcher } from './catalog-match';
import { isError, issue, type ParseIssue } from './issues';
import { resolveDuplicates, type KeyedRow } from './resolve-duplicates';
import { cleanFreeText, nameTextIssues } from './text-issues';
import { parseLocaleNumber, type NumberLocale } from './numbers';
import { evaluateObservation } from './evaluate';
import { formatNumber } from './format';
import type { ObservationField } from './header-aliases';

/** One input row before validation: text from CSV, text or numbers from JSON. */
export interface RawObservation {
  row: number;
  cells: Partial<Record<ObservationField, string | number | null>>;
  /** The column name as the file wrote it, for messages. */
  columnNames: Partial<Record<ObservationField, string>>;
}

export interface ValidationContext {
  areas: readonly Area[];
  indicators: readonly Indicator[];
  numberLocale: NumberLocale | 'auto';
  /** Stored figures to compare against: a value ~1000× off its own history is probably in the wrong unit. */
  history?: readonly Observation[];
  /** Indicator names as the file writes them → catalog ids, chosen by the analyst. */
  indicatorAliases?: Readonly<Record<string, string>>;
  /** Area names as the file writes them → area ids, chosen by the analyst (area-alias.ts: still under the year rule). */
  areaAliases?: Readonly<Record<string, string>>;
}

const viDate = (iso: string) => iso.split('-').reverse().join('/');
const orList = (names: string[], or: string) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${or} ${names.at(-1)}`);

/** "huyện Than Uyên không còn từ 01/07/2025 — có phải xã Than Uyên, Mường Kim, Khoen On hoặc Mường Than?" */
export function outOfForceMessage(area: Area, successors: readonly Area[], year: number): { vi: string; en: string } {
  const problem = validityProblem(area, year);
  const name = fullName(area);
  const successorNames = successors.map((a, i) => (i === 0 ? fullName(a) : a.name));
  if (problem?.kind === 'not-yet')
    return { vi: `${name} có từ ${viDate(problem.date)}, chưa có số liệu năm ${year}. Cách sửa: kiểm tra năm hoặc ghi đơn vị cũ.`, en: `${name} exists from ${problem.date}, not in ${year}. Fix: check the year or name the former unit.` };
  const since = problem ? viDate(nextDay(problem.date)) : '';
  const ask = successorNames.length > 0 ? { vi: ` — có phải ${orList(successorNames, 'hoặc')}?`, en: ` — did you mean ${orList(successorNames, 'or')}?` } : { vi: '.', en: '.' };
  return {
    vi: `${name} không còn từ ${since}${ask.vi} Số liệu năm ${year} thuộc đơn vị còn hiệu lực cuối năm đó; chọn đơn vị kế tục ở mục «Đơn vị chưa có trong danh mục».`,
    en: `${name} no longer exists from ${problem ? nextDay(problem.date) : ''}${ask.en} A ${year} figure belongs to the units in force at the end of that year; choose the successor under "Areas not in the catalog".`,
  };
}

const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const text = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v).trim());
const list = (labels: string[]) => labels.join(', ');

/** An area name of the file that an alias placed, and the area it placed it in. */
export interface AreaAliasUse {
  name: string;
  area: string;
}

/** Called every few thousand rows so a long validation can show its progress. */
export type ValidationProgress = (done: number, total: number) => void;
const PROGRESS_EVERY = 5000;

export function validateObservations(raws: readonly RawObservation[], ctx: ValidationContext, onProgress?: ValidationProgress): { observations: Observation[]; issues: ParseIssue[]; areaAliasesUsed: AreaAliasUse[] } {
  const matchArea = createAliasedAreaMatcher(ctx.areas, ctx.areaAliases);
  const areaAliasesUsed = new Map<string, string>();
  const matchCatalog = createIndicatorMatcher(ctx.indicators);
  const aliased = new Map(Object.entries(ctx.indicatorAliases ?? {}).flatMap(([name, id]) => {
    const indicator = ctx.indicators.find((i) => i.id === id);
    return indicator ? [[name.trim(), indicator] as const] : [];
  }));
  const matchIndicator = (name: string) => {
    const chosen = aliased.get(name);
    return chosen ? ({ ok: true, indicator: chosen } as const) : matchCatalog(name);
  };
  const issues: ParseIssue[] = [];
  const candidates: Candidate[] = [];
  const historyIndex = indexHistory(ctx.history ?? []);
  // A file names the same few hundred areas and indicators a million times: each distinct text is matched and checked once.
  const areaMatches = new Map<string, ReturnType<typeof matchArea.match>>();
  const matchAreaOnce = (name: string, year: number | undefined) => {
    const key = `${year ?? ''}\u0000${name}`;
    let found = areaMatches.get(key);
    if (!found) areaMatches.set(key, (found = matchArea.match(name, year)));
    return found;
  };
  const indicatorMatches = new Map<string, ReturnType<typeof matchIndicator>>();
  const matchIndicatorOnce = (name: string) => {
    let found = indicatorMatches.get(name);
    if (!found) indicatorMatches.set(name, (found = matchIndicator(name)));
    return found;
  };
  const cleanTexts = new Set<string>();
  const NONE: ParseIssue[] = [];
  const nameIssues = (value: string, row: number, column: string) => {
    if (cleanTexts.has(value)) return NONE;
    const found = nameTextIssues(value, { row, column });
    if (found.length === 0) cleanTexts.add(value);
    return found;
  };
  const cleanFree = new Set<string>();
  const freeText = (value: string, row: number, column: string) => {
    if (cleanFree.has(value)) return { text: value, issues: NONE };
    const cleaned = cleanFreeText(value, { row, column });
    if (cleaned.issues.length === 0 && cleaned.text === value) cleanFree.add(value);
    return cleaned;
  };

  // Rows of one file share their column names: the key's column label is made once.
  let keyColumnOf: { names: RawObservation['columnNames'] | null; key: string } = { names: null, key: '' };
  for (const [position, raw] of raws.entries()) {
    if (onProgress && position % PROGRESS_EVERY === 0) onProgress(position, raws.length);
    const { row } = raw;
    const col = (f: ObservationField) => raw.columnNames[f] ?? f;
    const rowIssues: ParseIssue[] = [];
    const error = (f: ObservationField, value: string, vi: string, en: string) =>
      rowIssues.push(issue('error', `invalid-${f}`, { row, column: col(f), value }, { vi, en }));

    // A name or unit with a control character is an error of its own, said instead of a failed match.
    // (Clean names, the rule, cost no allocation: one shared empty list, one shared empty set.)
    let nameWarnings = NONE;
    let unsafe: ReadonlySet<(typeof NAME_FIELDS)[number]> = NO_FIELDS;
    for (const field of NAME_FIELDS) {
      const found = nameIssues(text(raw.cells[field]), row, col(field));
      if (found.length === 0) continue;
      for (const i of found) {
        if (isError(i)) {
          rowIssues.push(i);
          unsafe = new Set([...unsafe, field]);
        } else {
          if (nameWarnings === NONE) nameWarnings = [];
          nameWarnings.push(i);
        }
      }
    }

    const yearText = text(raw.cells.year);
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    const yearOk = year >= 1900 && year <= 2100;

    // The year rule: a figure names a unit in force at the end of its year.
    const areaText = text(raw.cells.area);
    const areaMatch = matchAreaOnce(areaText, yearOk ? year : undefined);
    // Without a year, a name such as "Sìn Hồ" (the district to 2025, the commune after) cannot be placed: the year's error says the fix.
    const placeable = yearOk || areaMatch.ok || areaMatch.reason !== 'ambiguous';
    if (!areaMatch.ok && !unsafe.has('area') && placeable) {
      const names = list(areaMatch.suggestions.map((s) => s.label));
      if (areaText === '') error('area', areaText, `Thiếu tên đơn vị. Hãy điền một trong: ${names}…`, `The area is empty. Fill in an area such as ${names}…`);
      else if (areaMatch.reason === 'out-of-force') {
        const message = outOfForceMessage(areaMatch.area, areaMatch.successors, year);
        const { vi, en } = areaMatch.aliased
          ? { vi: `"${areaText}" được gán cho ${fullName(areaMatch.area)}, nhưng ${message.vi}`, en: `"${areaText}" is mapped to ${fullName(areaMatch.area)}, but ${message.en}` }
          : message;
        rowIssues.push(issue('error', 'area-out-of-force', { row, column: col('area'), value: areaText }, { vi, en }));
      } else error('area', areaText, `"${areaText}" không phải đơn vị đã biết. Có phải: ${names}?`, `"${areaText}" is not a known area. Did you mean: ${names}?`);
    }

    if (!yearOk)
      error('year', yearText, `Năm "${yearText}" không hợp lệ. Ghi năm bằng 4 chữ số, ví dụ 2020.`, `Year "${yearText}" is not valid. Write a four-digit year such as 2020.`);

    const indicatorText = text(raw.cells.indicator);
    const indicatorMatch = matchIndicatorOnce(indicatorText);
    if (!indicatorMatch.ok && !unsafe.has('indicator')) {
      const names = list(indicatorMatch.suggestions.map((s) => s.label));
      error('indicator', indicatorText, `"${indicatorText}" không có trong danh mục chỉ tiêu. Có phải: ${names}?`, `"${indicatorText}" is not in the indicator catalog. Did you mean: ${names}?`);
    }

    const figures = (['plan', 'actual', 'percent_of_plan'] as const).map((f) => {
      const cell = raw.cells[f];
      if (typeof cell === 'number') return Number.isFinite(cell) ? cell : (error(f, String(cell), 'Không phải số hữu hạn.', 'Not a finite number.'), null);
      const value = text(cell);
      const reading = parseLocaleNumber(value, ctx.numberLocale);
      if (reading.ok) return reading.value;
      if (reading.code === 'ambiguous') {
        const { vi, en } = reading.readings;
        error(f, value, `"${value}" đọc được hai cách: ${formatNumber(vi, 'vi')} (kiểu Việt Nam) hoặc ${formatNumber(en, 'vi')} (kiểu Anh). Hãy chọn định dạng số của tệp.`,
          `"${value}" reads two ways: ${formatNumber(vi, 'en')} (Vietnamese style) or ${formatNumber(en, 'en')} (English style). Choose the file's number format.`);
      } else if (reading.code === 'wrong-locale') {
        const other = formatNumber(reading.otherReading, reading.locale);
        error(f, value, `"${value}" không đúng định dạng số ${reading.locale === 'vi' ? 'Việt Nam' : 'tiếng Anh'} của tệp. Nếu là ${formatNumber(reading.otherReading, 'vi')}, hãy ghi ${other}.`,
          `"${value}" is not in the file's ${reading.locale === 'vi' ? 'Vietnamese' : 'English'} number format. If you mean ${formatNumber(reading.otherReading, 'en')}, write ${other}.`);
      } else {
        error(f, value, `"${value}" không phải là số. Chỉ ghi số (ví dụ 1.862 hoặc 24,88) hoặc để trống.`, `"${value}" is not a number. Write a number (e.g. 1.862 or 24,88) or leave the cell empty.`);
      }
      return null;
    });
    const [plan = null, actual = null, reportedPercent = null] = figures;
    const hasFigureError = rowIssues.some((i) => ['invalid-plan', 'invalid-actual', 'invalid-percent_of_plan'].includes(i.code));
    if (!hasFigureError && plan === null && actual === null && reportedPercent === null)
      rowIssues.push(issue('error', 'no-figure', { row, column: `${col('plan')}, ${col('actual')}, ${col('percent_of_plan')}`, value: '' },
        { vi: 'Dòng không có số liệu: hãy điền kế hoạch, thực hiện hoặc % KH, hoặc xoá dòng.', en: 'The row has no figure: fill in the plan, the actual or the % of plan, or delete the row.' }));

    if (rowIssues.length > 0 || !areaMatch.ok || !indicatorMatch.ok) {
      issues.push(...rowIssues);
      continue;
    }
    const indicator = indicatorMatch.indicator;
    if (areaMatch.aliased) areaAliasesUsed.set(areaText, areaMatch.area.id);
    const warnings: ParseIssue[] = [];
    const unit = text(raw.cells.unit);
    if (unit !== '' && unit !== indicator.unit && unit !== indicator.unitEn)
      warnings.push(issue('warning', 'unit-differs', { row, column: col('unit'), value: unit }, {
        vi: `Đơn vị "${unit}" khác danh mục (${indicator.unit}). Kiểm tra số liệu có cùng đơn vị.`,
        en: `Unit "${unit}" differs from the catalog (${indicator.unit}). Check the figures use the same unit.`,
      }));
    warnings.push(...nameWarnings);
    const source = freeText(text(raw.cells.source), row, col('source'));
    const note = freeText(text(raw.cells.note), row, col('note'));
    warnings.push(...source.issues, ...note.issues);
    const observation: Observation = {
      area: areaMatch.area.id, year, indicator: indicator.id, plan, actual, reportedPercent,
      unit: indicator.unit, source: source.text, note: note.text,
    };
    // Only a printed % KH can disagree with plan and actual.
    if (reportedPercent !== null) for (const w of evaluateObservation(observation, indicator).warnings)
      warnings.push(issue('warning', w.code, { row, column: col('percent_of_plan'), value: text(raw.cells.percent_of_plan) }, {
        vi: `% KH in trong báo cáo (${formatNumber(w.reported, 'vi')}%) lệch hơn 1 điểm so với tính từ KH và TH (${formatNumber(w.computed, 'vi', 2)}%). Kiểm tra lại một trong ba số.`,
        en: `The printed % of plan (${formatNumber(w.reported, 'en')}%) differs by more than 1 point from plan and actual (${formatNumber(w.computed, 'en', 2)}%). Check one of the three figures.`,
      }));
    const magnitude = magnitudeWarning(observation, historyIndex);
    if (magnitude) warnings.push(issue('warning', 'magnitude', { row, column: col('actual'), value: text(raw.cells.actual) || text(raw.cells.plan) }, magnitude));
    if (raw.columnNames !== keyColumnOf.names) keyColumnOf = { names: raw.columnNames, key: `${col('area')}, ${col('year')}, ${col('indicator')}` };
    const keyColumn = keyColumnOf.key;
    candidates.push({ row, observation, keyColumn, keyValue: `${areaText}, ${year}, ${indicatorText}`, warnings });
  }
  // Rows of one area × year × indicator are compared once all are read: any number of them is resolved at once.
  const { kept, issues: duplicates } = resolveDuplicates(candidates);
  issues.push(...candidates.flatMap((c) => c.warnings), ...duplicates);
  return { observations: kept.map((c) => c.observation), issues: issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)), areaAliasesUsed: [...areaAliasesUsed].map(([name, area]) => ({ name, area })) };
}

/** A row that passed its own checks, with its warnings (kept whether or not a duplicate rejects it). */
interface Candidate extends KeyedRow {
  warnings: ParseIssue[];
}

/** Cells that name things: no control character at all, and a formula-like start is warned about. */
const NAME_FIELDS = ['area', 'indicator', 'unit'] as const;
const NO_FIELDS: ReadonlySet<(typeof NAME_FIELDS)[number]> = new Set();

/** The median of each area × indicator's stored figures (actual, else plan). */
function indexHistory(history: readonly Observation[]): Map<string, number> {
  const values = new Map<string, number[]>();
  for (const o of history) {
    const v = o.actual ?? o.plan;
    if (v === null || v === 0) continue;
    const key = `${o.area}|${o.indicator}`;
    const list = values.get(key);
    if (list) list.push(Math.abs(v));
    else values.set(key, [Math.abs(v)]);
  }
  return new Map([...values].map(([key, list]) => [key, [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0]));
}

const MAGNITUDE_RATIO = 300;

function magnitudeWarning(o: Observation, history: Map<string, number>) {
  const typical = history.get(`${o.area}|${o.indicator}`);
  const value = o.actual ?? o.plan;
  if (!typical || value === null || value === 0) return null;
  const ratio = Math.abs(value) / typical;
  if (ratio < MAGNITUDE_RATIO && ratio > 1 / MAGNITUDE_RATIO) return null;
  const times = ratio >= 1 ? Math.round(ratio) : Math.round(1 / ratio);
  const direction = ratio >= 1 ? { vi: 'lớn hơn', en: 'larger' } : { vi: 'nhỏ hơn', en: 'smaller' };
  return {
    vi: `Số này ${direction.vi} khoảng ${formatNumber(times, 'vi')} lần so với các năm khác của đơn vị (${formatNumber(typical, 'vi')}). Có nhầm triệu đồng với tỷ đồng không?`,
    en: `This figure is about ${formatNumber(times, 'en')} times ${direction.en} than the area's other years (${formatNumber(typical, 'en')}). Million and billion mixed up?`,
  };
}
