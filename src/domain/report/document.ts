import type { DatasetIndex } from '../dataset/dataset-index';
import type { Language } from '../numbers/format';
import type { Area } from '../model';
import { areaName, capitalize, parentParagraph, targetRow, unitParagraph, unitsWord, type TargetRow } from './phrasing';
import { drain } from '../scoring/scoring';
import { DEFAULT_RULES, reviewSteps, type MainListOrigin, type ReportRules, type ReviewSummary, type UnitSummary } from './summary';

/**
 * The review report as a document: what the /report view shows and the .docx writes, in the same
 * order with the same words and figures. Built once from the summary; the writers only lay it out.
 */

export interface ReportTable {
  /** "Kết quả thực hiện các chỉ tiêu chủ yếu", above the table. */
  caption: string;
  columns: string[];
  rows: string[][];
  /** How many rows, known without making them: a unit's rows are made when first read (see targetsTable). */
  rowCount?: number;
}

export interface ReportSection {
  /** Without its number: the writer numbers sections (I., II., …) and sub-sections (1., 2., …). */
  heading: string;
  /** The unit a section is about, when it is one unit's. */
  area?: string;
  paragraphs: string[];
  table?: ReportTable;
  subsections?: ReportSection[];
}

export interface ReportDocument {
  language: Language;
  year: number;
  /** The issuing body, upper case, top left: "UBND TỈNH LAI CHÂU". */
  issuer: string;
  /** "BÁO CÁO" */
  kind: string;
  /** "Kết quả thực hiện các chỉ tiêu chủ yếu năm 2019 …" */
  title: string;
  /** Place and date line, top right: "Lai Châu, ngày 28 tháng 11 năm 2026". */
  placeDate: string;
  sections: ReportSection[];
  /** The closing section: its heading, then every source and the data version. */
  sourcesHeading: string;
  sources: string[];
}

/** Extra sections the caller has (the ranking and its policy, the awards): already in words. */
export interface ExtraSections {
  /** The multi-year plan's targets in force in the year, with their progress. */
  targets?: ReportSection;
  ranking?: ReportSection;
  awards?: ReportSection;
}

const WORDS = {
  vi: {
    issuer: (name: string) => `UBND ${name.toLocaleUpperCase('vi')}`,
    kind: 'BÁO CÁO',
    title: (year: number, name: string) => `Kết quả thực hiện các chỉ tiêu chủ yếu năm ${year} của ${name} và các đơn vị`,
    placeDate: (place: string, date: Date) => `${place}, ngày ${String(date.getDate()).padStart(2, '0')} tháng ${String(date.getMonth() + 1).padStart(2, '0')} năm ${date.getFullYear()}`,
    overall: (name: string) => `Kết quả chung của ${name}`,
    table: 'Kết quả thực hiện các chỉ tiêu chủ yếu',
    units: (word: string) => `Kết quả của các ${word}`,
    columns: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'KH', 'TH', '% KH', 'Đánh giá'],
    mainList: (year: number, someListed: boolean) =>
      someListed
        ? `Danh mục chỉ tiêu chủ yếu: đơn vị chưa có danh mục năm ${year} trong dữ liệu được tính trên mọi chỉ tiêu có kế hoạch (KH giao, hoặc KH suy ra từ % KH báo cáo, ghi “≈”).`
        : `Danh mục chỉ tiêu chủ yếu: năm ${year} chưa có danh mục của nghị quyết trong dữ liệu, nên mỗi đơn vị được tính trên mọi chỉ tiêu có kế hoạch (KH giao, hoặc KH suy ra từ % KH báo cáo, ghi “≈”).`,
    listCaption: (origin: Extract<MainListOrigin, { kind: 'listed' }>) => `theo ${origin.source}${origin.scope === 'partial' ? '; một số chỉ tiêu' : ''}`,
    listSource: (origin: Extract<MainListOrigin, { kind: 'listed' }>) => `Danh mục chỉ tiêu chủ yếu: ${origin.source}${origin.scope === 'partial' ? ' (một số chỉ tiêu)' : ''}`,
    threshold: (p: string) => `“Vượt cao”: từ ${p}% KH trở lên. “Chưa đạt” gồm cả các chỉ tiêu gần đạt.`,
    sources: 'Nguồn số liệu',
  },
  en: {
    issuer: (name: string) => `PEOPLE'S COMMITTEE OF ${name.toLocaleUpperCase('en')}`,
    kind: 'REPORT',
    title: (year: number, name: string) => `Results of the main targets for ${year}: ${name} and its units`,
    placeDate: (place: string, date: Date) => `${place}, ${date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`,
    overall: (name: string) => `Overall results of ${name}`,
    table: 'Results of the main targets',
    units: (word: string) => `Results of the ${word}`,
    columns: ['No.', 'Target', 'Unit', 'Plan', 'Actual', '% of plan', 'Assessment'],
    mainList: (year: number, someListed: boolean) =>
      someListed
        ? `Main targets: a unit without a list for ${year} in the data is counted on every target with a plan (a given plan, or one implied by a reported % of plan, marked “≈”).`
        : `Main targets: the data has no resolution's list for ${year}, so each unit is counted on every target with a plan (a given plan, or one implied by a reported % of plan, marked “≈”).`,
    listCaption: (origin: Extract<MainListOrigin, { kind: 'listed' }>) => `as listed in ${origin.source}${origin.scope === 'partial' ? '; some of the main targets' : ''}`,
    listSource: (origin: Extract<MainListOrigin, { kind: 'listed' }>) => `List of main targets: ${origin.source}${origin.scope === 'partial' ? ' (some of the main targets)' : ''}`,
    threshold: (p: string) => `“Far exceeded”: ${p}% of plan or more. “Missed” includes targets nearly met.`,
    sources: 'Sources',
  },
} as const;

/**
 * A unit's table of its targets. Its rows are made when first read, then kept: a country's page draws a
 * unit's table only as it comes near the screen, and its .docx leaves the units' tables out (docx-form.ts),
 * so most of 3,300 × 50 rows were formatted for nothing (a third of the report's making at 700 units).
 * Whoever reads `rows` (the page, the .docx, a copy to the worker) gets the same rows.
 */
function targetsTable(summary: UnitSummary, language: Language): ReportTable | undefined {
  if (summary.targets.length === 0) return undefined;
  const w = WORDS[language];
  const list = summary.origin.kind === 'listed' ? ` (${w.listCaption(summary.origin)})` : '';
  let rows: string[][] | undefined;
  return {
    caption: `${w.table} — ${capitalize(areaName(summary.area, language))}${list}`,
    columns: [...w.columns],
    get rows() {
      rows ??= summary.targets.map((t, i) => {
        const row: TargetRow = targetRow(t, language);
        return [String(i + 1), row.indicator, row.unit, row.plan, row.actual, row.percent, row.assessment];
      });
      return rows;
    },
    rowCount: summary.targets.length,
  };
}

/** Every distinct source of the figures and of the lists of main targets the report uses, in first-use order. */
function sourcesOf(review: ReviewSummary, language: Language): string[] {
  const seen = new Set<string>();
  for (const summary of [review.parent, ...review.units]) {
    for (const t of [...summary.targets, ...summary.others]) {
      const source = t.evaluation?.observation.source;
      if (source) seen.add(source);
    }
    if (summary.origin.kind === 'listed') seen.add(WORDS[language].listSource(summary.origin));
  }
  return [...seen];
}

export interface DocumentOptions {
  rules?: ReportRules;
  /** The date printed on the report. */
  date: Date;
  /** Which data this is ("Dữ liệu: số liệu công bố ngày …, phiên bản …"), as the exports say it. */
  dataVersion: string;
  extra?: ExtraSections;
  /** The review already made with the same rules (the page shows it too): not made twice. */
  review?: ReviewSummary;
}

export function buildReportDocument(index: DatasetIndex, parent: Area, year: number, language: Language, options: DocumentOptions): ReportDocument {
  return drain(reportDocumentSteps(index, parent, year, language, options));
}

/** The document a unit at a time: yields after each unit's section (and each unit's summary when the review is not given), for a page that builds a country's report a slice per task. */
export function* reportDocumentSteps(index: DatasetIndex, parent: Area, year: number, language: Language, options: DocumentOptions): Generator<void, ReportDocument> {
  const rules = options.rules ?? DEFAULT_RULES;
  const w = WORDS[language];
  const review = options.review ?? (yield* reviewSteps(index, parent, year, rules));
  const level = review.level;
  // A country's districts are listed through their provinces: "Huyện Bắc 01" is in each of them, so its heading names its province.
  const headingOf = (area: Area) => {
    const place = review.via && area.parent ? index.area(area.parent) : undefined;
    return capitalize(areaName(area, language)) + (place ? ` (${areaName(place, language)})` : '');
  };
  const name = areaName(parent, language);
  const summaries = [review.parent, ...review.units];
  const rulesText = [
    ...(summaries.some((u) => u.origin.kind === 'default') ? [w.mainList(year, summaries.some((u) => u.origin.kind === 'listed'))] : []),
    w.threshold(String(rules.farExceededPercent).replace('.', language === 'vi' ? ',' : '.')),
  ];
  const ownTable = targetsTable(review.parent, language);
  const overall: ReportSection = { heading: w.overall(name), paragraphs: [parentParagraph(review, level, language), ...rulesText], ...(ownTable ? { table: ownTable } : {}) };
  const subsections: ReportSection[] = [];
  for (const u of review.units) {
    const table = targetsTable(u, language);
    subsections.push({ heading: headingOf(u.area), area: u.area.id, paragraphs: [unitParagraph(u, language)], ...(table ? { table } : {}) });
    yield;
  }
  const units: ReportSection = { heading: w.units(unitsWord(level, language)), paragraphs: [], subsections };
  const sections = [overall, units, ...(options.extra?.targets ? [options.extra.targets] : []), ...(options.extra?.ranking ? [options.extra.ranking] : []), ...(options.extra?.awards ? [options.extra.awards] : [])];
  return {
    language,
    year,
    issuer: w.issuer(name),
    kind: w.kind,
    title: w.title(year, name),
    placeDate: w.placeDate(parent.name, options.date),
    sections,
    sourcesHeading: w.sources,
    sources: [...sourcesOf(review, language), options.dataVersion],
  };
}

export { WORDS as REPORT_WORDS };

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/** A section's number as administrative documents write it: I, II, III, IV … */
export function romanNumeral(n: number): string {
  let rest = Math.floor(n);
  let text = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      text += letters;
      rest -= value;
    }
  }
  return text;
}
