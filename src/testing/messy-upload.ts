/**
 * An analyst's CSV with a bit of everything wrong in it, row after row: what the upload's two readers
 * (streamed and whole) must read alike. Deterministic: the same options give the same bytes.
 */
export interface MessyOptions {
  rows: number;
  /** Area names as files write them (any spelling the matcher takes or refuses). */
  areas: readonly string[];
  indicators: readonly string[];
  years: readonly number[];
  /** English numbers ("1,862.5") in the first 10 rows, then whole numbers (no sign of a locale) up to this row, Vietnamese ones ("1.862,5") after. */
  plainRows?: number;
  delimiter?: ';' | ',';
}

const vi = (n: number) => n.toFixed(1).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const en = (n: number) => n.toFixed(1).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function messyUpload({ rows, areas, indicators, years, plainRows = 0, delimiter = ';' }: MessyOptions): Uint8Array {
  const lines = ['Đơn vị;Năm;Chỉ tiêu;Kế hoạch;Thực hiện;% KH;Đơn vị tính;Nguồn;Ghi chú'.replaceAll(';', delimiter)];
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  for (let i = 0; i < rows; i++) {
    const number = i < Math.min(10, plainRows) ? en : i < plainRows ? (n: number) => String(Math.round(n)) : vi;
    const plan = 500 + random() * 3000;
    const actual = plan * (0.8 + random() * 0.4);
    const cells = [pick(areas), String(pick(years)), pick(indicators), number(plan), number(actual), i % 3 === 0 ? number((actual / plan) * 100) : '', '', `Báo cáo ${i % 7}`, ''];
    // One odd thing in about one row of four, in turn.
    switch (i % 4 === 3 ? Math.floor(i / 4) % 16 : -1) {
      case 0: cells[0] = 'Atlantis'; break;
      case 1: cells[3] = 'abc'; break;
      case 2: cells[1] = '2O21'; break;
      case 3: cells[6] = 'triệu USD'; break;
      case 4: cells[5] = '250'; break;
      case 5: cells[7] = '=HYPERLINK("x")'; break;
      case 6: cells[8] = 'ghi\u0007chú'; break;
      case 7: cells[3] = ''; cells[4] = ''; cells[5] = ''; break;
      case 8: cells[0] = ''; break;
      case 9: cells.push('thừa'); break;
      case 10: cells[8] = `"dòng một${'\r\n'}dòng hai"`; break;
      case 11: cells[3] = '1.5.0'; break;
      case 12: cells[2] = 'Chỉ tiêu lạ'; break;
      case 13: lines.push(''); break;
      case 14: cells[4] = number(1234567); break;
      case 15: cells[8] = 'x'.repeat(10_001); break;
    }
    lines.push(cells.join(delimiter));
    // Now and then the same row again, with the same figures or others.
    if (i % 97 === 0) lines.push(cells.join(delimiter));
    if (i % 131 === 0) lines.push([...cells.slice(0, 4), cells[4] === '' ? '1' : `${cells[4]}1`, ...cells.slice(5)].join(delimiter));
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
