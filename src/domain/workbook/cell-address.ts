/** Where a person looks in a sheet: "Biểu 01!D12", columns past Z as AA, AB … XFD (Excel's last). */

/** Excel's column letters for a 0-based column: 0 → A, 25 → Z, 26 → AA, 16383 → XFD. */
export function columnLetters(col0: number): string {
  if (!Number.isInteger(col0) || col0 < 0) throw new RangeError(`column ${col0} is not a 0-based column index`);
  let letters = '';
  for (let n = col0 + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The 0-based column of Excel letters ("AA" → 26), or null when the text is not column letters. */
export function columnIndex(letters: string): number | null {
  const upper = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(upper)) return null;
  let n = 0;
  for (const ch of upper) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 > 16383 ? null : n - 1;
}

/** "D12" for 0-based row 11, column 3. */
export const a1 = (row0: number, col0: number): string => `${columnLetters(col0)}${row0 + 1}`;

/** "Biểu 01!D12": the sheet's name as the workbook shows it, then the cell. */
export const cellAddress = (sheet: string, row0: number, col0: number): string => `${sheet}!${a1(row0, col0)}`;
