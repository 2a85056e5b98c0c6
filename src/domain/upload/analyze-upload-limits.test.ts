/** The upload's limits as the worker meets them: a file over one is refused with a located issue; one within works. */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { buildDataset } from '../../testing/builders';
import { analyzeUpload } from './analyze-upload';

const catalog = buildDataset();
const bytes = (text: string) => new TextEncoder().encode(text);
const csv = (header: string[], ...rows: string[][]) => [header, ...rows].map((r) => r.join(',')).join('\n') + '\n';
const CANONICAL = ['area', 'year', 'indicator', 'plan', 'actual', 'note'];
const row = (note: string, area = 'Sìn Hồ', indicator = 'budget_revenue') => [area, '2021', indicator, '100', '120', note];
const wideHeader = (n: number) => ['Huyện', 'Năm', 'Thu ngân sách KH', 'Thu ngân sách TH', ...Array.from({ length: n - 4 }, (_, i) => `Chỉ tiêu phụ ${i + 5}`)];

describe('file size in the worker (the page checks File.size first)', () => {
  it('refuses bytes over the limit before decoding them', () => {
    const analysis = analyzeUpload(new Uint8Array(LIMITS.uploadBytes + 1), catalog);
    expect(analysis).toMatchObject({ readable: false, header: [], observations: [] });
    expect(analysis.issues.map((i) => i.code)).toEqual(['file-too-large']);
  });

  it('at the limit the file is read (here: 128 MiB of zero bytes is not text)', () => {
    expect(analyzeUpload(new Uint8Array(LIMITS.uploadBytes), catalog).issues.map((i) => i.code)).toEqual(['file-binary']);
  });
});

describe('column count, checked on the header row before any mapping', () => {
  it.each([[5], [LIMITS.uploadColumns]])('%i columns: mapped', (n) => {
    const analysis = analyzeUpload(bytes(csv(wideHeader(n), ['Sìn Hồ', '2021', '100', '120', ...Array<string>(n - 4).fill('')])), catalog);
    expect(analysis.targets).toHaveLength(n);
    expect(analysis.issues.map((i) => i.code)).not.toContain('too-many-columns');
    expect(analysis.observations).toHaveLength(1);
  });

  it.each([[LIMITS.uploadColumns + 1], [20_000]])('%i columns: refused at the header row, no mapping, no header sent back', (n) => {
    const analysis = analyzeUpload(bytes(csv(wideHeader(n), ['Sìn Hồ', '2021', '100', '120'])), catalog);
    expect(analysis).toMatchObject({ readable: true, header: [], targets: [], observations: [] });
    expect(analysis.issues).toEqual([expect.objectContaining({ code: 'too-many-columns', row: 1, column: 'Chỉ tiêu phụ 1001', value: 'Chỉ tiêu phụ 1001' })]);
  });

  it('a wide file over 1 MB is refused from its opening lines, without parsing the rest', () => {
    const n = 20_000;
    const body = Array.from({ length: 40 }, () => ['Sìn Hồ', '2021', ...Array<string>(n - 2).fill('1')]);
    const text = csv(wideHeader(n), ...body);
    expect(text.length).toBeGreaterThan(1024 * 1024);
    const analysis = analyzeUpload(bytes(text), catalog);
    expect(analysis.issues.map((i) => [i.code, i.row, i.column])).toEqual([['too-many-columns', 1, 'Chỉ tiêu phụ 1001']]);
    expect(analysis.issues[0]?.message.vi).toContain('20.000 cột');
  });
});

describe('cell length, in characters, found in the worker', () => {
  it.each([
    ['ASCII at the limit', 1, 'a'.repeat(LIMITS.cellChars)],
    ['Vietnamese at the limit (30,000 bytes)', 1, 'ệ'.repeat(LIMITS.cellChars)],
    ['emoji at the limit (20,000 UTF-16 units)', 1, '🌾'.repeat(LIMITS.cellChars)],
    ['ASCII one over', 0, 'a'.repeat(LIMITS.cellChars + 1)],
    ['Vietnamese one over', 0, 'ệ'.repeat(LIMITS.cellChars + 1)],
    ['far over (5 MB)', 0, 'x'.repeat(5 * 1024 * 1024)],
  ])('%s: the row is kept %i time(s)', (_, kept, note) => {
    const analysis = analyzeUpload(bytes(csv(CANONICAL, row(note), row('ghi chú', 'Tân Uyên'))), catalog);
    expect(analysis.observations.map((o) => o.area)).toEqual(kept ? ['sin-ho', 'tan-uyen'] : ['tan-uyen']);
    if (kept) return expect(analysis.issues).toEqual([]);
    expect(analysis.issues).toEqual([expect.objectContaining({ code: 'cell-too-long', row: 2, column: 'note', value: `${note.slice(0, 40)}…` })]);
    // The oversized value never travels whole: the analysis sent to the page stays small.
    expect(JSON.stringify(analysis).length).toBeLessThan(5_000);
  });

  it('a long cell in a column the mapping ignores is still named, by its header', () => {
    const analysis = analyzeUpload(bytes(csv([...CANONICAL, 'Mô tả'], [...row(''), 'm'.repeat(LIMITS.cellChars + 1)])), catalog);
    expect(analysis.issues.map((i) => [i.code, i.row, i.column])).toEqual([['cell-too-long', 2, 'Mô tả']]);
  });

  it('an unclosed quote that swallows the rest of the file is one malformed row, its value cut short', () => {
    const rest = Array.from({ length: 2000 }, () => row('ghi chú dài dòng').join(',')).join('\n');
    const analysis = analyzeUpload(bytes(`${CANONICAL.join(',')}\nSìn Hồ,2021,budget_revenue,100,120,"Số ước ${'x'.repeat(500)}\n${rest}\n`), catalog);
    expect(analysis.issues.map((i) => [i.code, i.row])).toEqual([['malformed-row', 2]]);
    expect(analysis.issues[0]?.value?.length).toBeLessThanOrEqual(202);
  });
});

describe('what goes back to the page is bounded', () => {
  it('lists the first 200 issues of a class and counts them all', () => {
    const rows = Array.from({ length: 450 }, (_, i) => row('', `Atlantis ${i}`));
    const analysis = analyzeUpload(bytes(csv(CANONICAL, ...rows)), catalog);
    expect(analysis.issues).toHaveLength(200);
    expect(analysis.issues.at(-1)).toMatchObject({ code: 'invalid-area', row: 201 });
    expect(analysis.issueClasses).toEqual([{ code: 'invalid-area', severity: 'error', count: 450, listed: 200 }]);
  });

  it('still offers an unknown indicator name first seen after the listed issues', () => {
    const rows = [...Array.from({ length: 300 }, (_, i) => row('', 'Sìn Hồ', `Thu NS ${i % 2}`)), row('', 'Sìn Hồ', 'Số xã nông thôn mới')];
    expect(analyzeUpload(bytes(csv(CANONICAL, ...rows)), catalog).unknownIndicators).toEqual(['Thu NS 0', 'Thu NS 1', 'Số xã nông thôn mới']);
  });
});

describe('JSON uploads: the same limits', () => {
  const json = (observations: object[], areaName = 'Sìn Hồ') =>
    bytes(JSON.stringify({ areas: [{ id: 'sin-ho', name: areaName, level: 'district', parent: 'lai-chau' }], indicators: catalog.indicators, observations }));
  const observation = (note: string) => ({ area: 'sin-ho', year: 2021, indicator: 'budget_revenue', plan: 100, actual: 120, note });

  it.each([[LIMITS.cellChars, 2], [LIMITS.cellChars + 1, 1]])('a note of %i characters: %i rows valid', (length, valid) => {
    const analysis = analyzeUpload(json([{ ...observation('ok'), year: 2020 }, observation('ệ'.repeat(length))]), catalog);
    expect(analysis.observations).toHaveLength(valid);
    expect(analysis.rowCount).toBe(2);
    if (valid === 1) expect(analysis.issues).toEqual([expect.objectContaining({ code: 'cell-too-long', row: 2, column: 'note', value: `${'ệ'.repeat(40)}…` })]);
  });

  it('a catalog string over the limit refuses the file', () => {
    const analysis = analyzeUpload(json([observation('')], 'S'.repeat(LIMITS.cellChars + 1)), catalog);
    expect(analysis.observations).toEqual([]);
    expect(analysis.issues.map((i) => [i.code, i.row, i.column])).toEqual([['cell-too-long', 1, 'areas.name']]);
  });
});
