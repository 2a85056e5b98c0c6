/**
 * The benchmarks' workbook (scripts/bench-workbook.ts reads it in Node, scripts/bench-browser.mjs uploads it
 * in Chromium): sheets of 35,000 rows — a unit's name, a year, an indicator's name, then figures with one
 * decimal and a percent-formatted cell — added until the file passes the size asked, within the workbook
 * limits. Made with SheetJS from data/areas.csv and data/indicators.csv, the same bytes for the same size.
 */
import { readFileSync } from 'node:fs';

const ROWS = 35_000;
const column = (file, n) => readFileSync(file, 'utf8').split('\n').slice(1).map((line) => line.split(',')[n] ?? '').filter(Boolean);

function sheetOf(XLSX, seed, names, indicators) {
  let x = seed * 7919 + 1;
  const next = () => (x = (x * 48271) % 2147483647) / 2147483647;
  const rows = [['Đơn vị', 'Năm', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'So sánh (%)', 'Quý I', 'Quý II', 'Quý III', 'Quý IV']];
  for (let r = 0; r < ROWS; r++) {
    const plan = Math.round(next() * 100_000) / 10;
    const actual = Math.round(next() * 100_000) / 10;
    rows.push([names[r % names.length], 2000 + (r % 26), indicators[r % indicators.length], plan, actual, { t: 'n', v: Math.round((actual / (plan || 1)) * 1000) / 1000, z: '0.0%' }, ...[0, 1, 2, 3].map(() => Math.round(next() * 10_000) / 10)]);
  }
  return XLSX.utils.aoa_to_sheet(rows);
}

/** A workbook of at least `targetBytes`, as the bytes of an .xlsx. `XLSX`: the SheetJS module. */
export function benchWorkbook(XLSX, targetBytes) {
  const names = column('data/areas.csv', 1);
  const indicators = column('data/indicators.csv', 1);
  const book = XLSX.utils.book_new();
  let bytes = new Uint8Array();
  for (let s = 1; bytes.length < targetBytes; s++) {
    XLSX.utils.book_append_sheet(book, sheetOf(XLSX, s, names, indicators), `Biểu ${String(s).padStart(2, '0')}`);
    bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }));
  }
  return bytes;
}
