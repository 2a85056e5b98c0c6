import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isError, type ParseIssue, type ParseResult } from '../issues';
import { parseAreasCsv, parseIndicatorsCsv } from '../catalog/parse-catalog';
import { parseAwardsCsv } from '../catalog/parse-awards';
import { parseMainTargetsCsv } from '../catalog/parse-main-targets';
import { analyzeUpload } from './analyze-upload';

// The catalog files read a row as observations.csv does (csv-rows.ts): a row with a non-empty cell past the
// header, or one PapaParse cannot read, is an error at that row and its cells are not read as columns — on
// the parsers the published data and `npm run data` use, and on the upload of a catalog.

const read = <T,>(result: ParseResult<T>): T => {
  if (!result.ok) throw new Error('the data folder does not parse');
  return result.data;
};
const areas = read(parseAreasCsv(readFileSync('data/areas.csv', 'utf8')));
const indicators = read(parseIndicatorsCsv(readFileSync('data/indicators.csv', 'utf8')));

/** A catalog file: its header, and its i-th good row with `text` written raw into a free cell (a name or a note). */
interface CatalogKind {
  header: string;
  row: (i: number, text?: string) => string;
  parse: (text: string) => ParseResult<unknown[]>;
}

const KINDS: Record<string, CatalogKind> = {
  'areas.csv': {
    header: 'id,name,level,parent,kind,valid_from,valid_to,predecessors,succession,source,note',
    row: (i, text = `Xã Thử ${i}`) => `xa-thu-${i},${text},commune,lai-chau,xã,,,,,Báo cáo thử,ghi chú ${i}`,
    parse: (text) => parseAreasCsv(text, areas),
  },
  'indicators.csv': {
    header: 'id,name_vi,name_en,unit,unit_en,direction,decimals,additive',
    row: (i, text = `Test ${i}`) => `thu_${i},Chỉ tiêu thử ${i},${text},%,%,higher_is_better,1,false`,
    parse: parseIndicatorsCsv,
  },
  'awards.csv': {
    header: 'area,year,award,status,source,note',
    row: (i, text = `ghi chú ${i}`) => `lang-son,${2010 + i},government_flag,proposed,QĐ ${i},${text}`,
    parse: (text) => parseAwardsCsv(text, areas),
  },
  'main-targets.csv': {
    header: 'area,year,indicator,scope,source,note',
    row: (i, text = `ghi chú ${i}`) => `lai-chau,${2020 + i},grdp_growth,partial,NQ ${i},${text}`,
    parse: (text) => parseMainTargetsCsv(text, areas, indicators),
  },
};

/**
 * A file of the header and rows 1–3 (spreadsheet rows 2–4), changed, with the errors it must give
 * ("row:code") and its rows without an error (a quote left open takes the rows after it into its cell).
 */
type Case = [string, (kind: CatalogKind) => string, string[], number];
const lines = (kind: CatalogKind, end = '\n') => [kind.header, kind.row(1), kind.row(2), kind.row(3)].join(end) + end;

const CASES: Case[] = [
  ['every row good', (k) => lines(k), [], 3],
  ['two records on one line', (k) => `${k.header}\n${k.row(1)}\n${k.row(2)},${k.row(3)}\n`, ['3:malformed-row'], 1],
  ['two records on the first data line', (k) => `${k.header}\n${k.row(1)},${k.row(2)}\n${k.row(3)}\n`, ['2:malformed-row'], 1],
  ['two records on one line, CRLF', (k) => `${k.header}\r\n${k.row(1)},${k.row(2)}\r\n${k.row(3)}\r\n`, ['2:malformed-row'], 1],
  ['an unquoted comma in a free cell', (k) => `${k.header}\n${k.row(1)}\n${k.row(2, 'Tân Uyên, Lai Châu')}\n${k.row(3)}\n`, ['3:malformed-row'], 2],
  ['a quoted comma in a free cell is fine', (k) => `${k.header}\n${k.row(1)}\n${k.row(2, '"Tân Uyên, Lai Châu"')}\n${k.row(3)}\n`, [], 3],
  ['a trailing empty cell is fine', (k) => `${k.header}\n${k.row(1)},\n${k.row(2)},,\n${k.row(3)}, \n`, [], 3],
  ['a trailing comma on the header row too', (k) => `${k.header},\n${k.row(1)},\n${k.row(2)}\n${k.row(3)}\n`, [], 3],
  ['lone CR (Excel for Mac)', (k) => lines(k, '\r'), [], 3],
  ['LF, CRLF and CR mixed', (k) => `${k.header}\n${k.row(1)}\r\n${k.row(2)}\r${k.row(3)}`, [], 3],
  ['two records on one line, lone CR', (k) => `${k.header}\r${k.row(1)}\r${k.row(2)},${k.row(3)}\r`, ['3:malformed-row'], 1],
  ['a quote left open: the rest of the file is one cell', (k) => `${k.header}\n${k.row(1)}\n${k.row(2, '"mở')}\n${k.row(3)}\n`, ['3:malformed-row'], 1],
  ['a quote left open on the last row, lone CR', (k) => `${k.header}\r${k.row(1)}\r${k.row(2)}\r${k.row(3, '"mở')}\r`, ['4:malformed-row'], 2],
  ['a quote inside an unquoted cell is text', (k) => `${k.header}\n${k.row(1)}\n${k.row(2, 'Xã "Mới" 2')}\n${k.row(3)}\n`, [], 3],
];

const errorsOf = (issues: readonly ParseIssue[]) => issues.filter(isError).map((i) => `${i.row}:${i.code}`);

describe('a catalog file reads a row as observations.csv does: a row that is not one is an error at that row', () => {
  it.each(Object.entries(KINDS).flatMap(([file, kind]) => CASES.map(([name, text, errors, valid]) => [file, name, kind, text, errors, valid] as const)))(
    '%s: %s',
    (_, __, kind, text, errors, valid) => {
      const result = kind.parse(text(kind));
      // Exactly that error: the row's cells, not under their columns, are not also read as an id, year or name.
      expect(errorsOf(result.ok ? result.warnings : result.issues)).toEqual(errors);
      expect(result.ok ? result.data.length : null).toBe(errors.length > 0 ? null : valid);
      if (!result.ok) for (const i of result.issues) expect(i.message.vi && i.message.en).toBeTruthy();
    },
  );

  // With its last cells empty, a row an unquoted comma shifts by one has no cell past the header: its
  // shifted cells are then read under the wrong columns, and refused there, at that row.
  it.each([
    ['in the name', 'xa-thu-2,Tân Uyên, Lai Châu,commune,lai-chau,xã,,,,,Báo cáo thử,'],
    ['in the kind', 'xa-thu-2,Xã Thử 2,commune,lai-chau,xã, thị trấn,,,,,Báo cáo thử,'],
    ['in the predecessors', 'xa-thu-2,Xã Thử 2,commune,lai-chau,xã,,,xa-thu-1, lai-chau,,Báo cáo thử,'],
  ])('areas.csv: an unquoted comma %s of a row ending in empty cells is an error at that row', (_, row) => {
    const result = parseAreasCsv(`${KINDS['areas.csv']!.header}\n${KINDS['areas.csv']!.row(1)}\n${row}\n`, areas);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(new Set(result.issues.filter(isError).map((i) => i.row))).toEqual(new Set([3]));
  });

  it.each([
    ['two records on one line', 4, 11],
    ['cells past the header on a short header', 2, 4],
  ])('the message names the cells and the header: %s', (_, cells, columns) => {
    const header = KINDS['areas.csv']!.header.split(',').slice(0, columns).join(',');
    const row = KINDS['areas.csv']!.row(1).split(',').slice(0, columns);
    const result = parseAreasCsv(`${header}\n${[...row, ...row.slice(0, cells)].join(',')}\n`, areas);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ code: 'malformed-row', row: 2, message: { en: expect.stringContaining(`${columns + cells} cells under ${columns} headers`) as unknown } });
  });
});

describe('the upload of a catalog gives the same located error', () => {
  const catalog = { areas, indicators, history: [] };
  const LAYOUT: Record<string, string> = { 'areas.csv': 'areas', 'awards.csv': 'awards', 'main-targets.csv': 'main-targets' };
  it.each(Object.entries(LAYOUT).flatMap(([file, layout]) => CASES.map(([name, text, errors]) => [file, name, layout, text, errors] as const)))(
    '%s: %s',
    (file, _, layout, text, errors) => {
      const analysis = analyzeUpload(new TextEncoder().encode(text(KINDS[file]!)), catalog);
      expect(analysis.layout).toBe(layout);
      expect(errorsOf(analysis.issues)).toEqual(errors);
    },
  );

  it.each(CASES.map(([name, text, , valid]) => [name, text, valid] as const))('areas.csv: %s — the rows without an error are counted', (_, text, valid) => {
    const analysis = analyzeUpload(new TextEncoder().encode(text(KINDS['areas.csv']!)), catalog);
    expect(analysis.catalog?.validRows).toBe(valid);
  });
});
