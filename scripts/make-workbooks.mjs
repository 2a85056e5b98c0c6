/**
 * `node scripts/make-workbooks.mjs`: writes the workbook corpus into data/workbooks/ (committed), the
 * forms a department or a commune sends and the hostile files a reader must refuse. The ordinary ones
 * are written by SheetJS (the library the app reads them with); the hostile ones are zips built with
 * fflate. The communes are the 38 of Lai Châu in force from 2025-07-01, read from data/areas.csv.
 * data/workbooks/README.md says what each file tests, expectations.json what a reader must find.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { strToU8, Zip, ZipDeflate } from 'fflate';
import Papa from 'papaparse';
import { forms } from './workbook-forms.mjs';

const OUT = 'data/workbooks';
mkdirSync(OUT, { recursive: true });

const areas = Papa.parse(readFileSync('data/areas.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const communes = areas.filter((a) => a.parent === 'lai-chau' && a.level === 'commune' && a.valid_from <= '2025-07-01' && !a.valid_to).map((a) => `${a.kind === 'phường' ? 'Phường' : 'Xã'} ${a.name}`);
if (communes.length !== 38) throw new Error(`expected the 38 communes of Lai Châu, found ${communes.length}`);

/** A workbook of sheets { name, rows, merges, hiddenRows, hiddenColumns, hidden } written by SheetJS. */
function write(file, sheets, bookType = 'xlsx') {
  const book = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows);
    if (s.merges) ws['!merges'] = s.merges.map((ref) => XLSX.utils.decode_range(ref));
    if (s.hiddenRows) ws['!rows'] = s.hiddenRows.reduce((rows, r) => ((rows[r] = { hidden: true }), rows), []);
    if (s.hiddenColumns) ws['!cols'] = s.hiddenColumns.reduce((cols, c) => ((cols[c] = { hidden: true }), cols), []);
    XLSX.utils.book_append_sheet(book, ws, s.name);
  }
  book.Workbook = { Sheets: sheets.map((s) => ({ Hidden: s.hidden ? 1 : 0 })) };
  writeFileSync(`${OUT}/${file}`, new Uint8Array(XLSX.write(book, { type: 'array', bookType, compression: true })));
}

/** A zip whose parts are streamed through deflate at level 9, so a huge part never sits in memory. */
function zipOf(file, parts, patch = (bytes) => bytes) {
  const chunks = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, produce] of Object.entries(parts)) {
    const entry = new ZipDeflate(name, { level: 9 });
    entry.mtime = new Date('2025-07-01T00:00:00Z'); // the same bytes on every run
    zip.add(entry);
    if (typeof produce === 'string') entry.push(strToU8(produce), true);
    else produce((text, final) => entry.push(strToU8(text), final));
  }
  zip.end();
  writeFileSync(`${OUT}/${file}`, patch(Buffer.concat(chunks)));
}

/**
 * The zip with a part's unzipped size rewritten to `size` wherever the file states it (its central
 * directory entry and its data descriptor): a forged file that declares little and inflates to much.
 */
function declareSize(part, size) {
  return (zip) => {
    for (let at = zip.length - 46; at >= 0; at--) {
      if (zip.readUInt32LE(at) !== 0x02014b50 || zip.toString('latin1', at + 46, at + 46 + zip.readUInt16LE(at + 28)) !== part) continue;
      zip.writeUInt32LE(size, at + 24);
      const local = zip.readUInt32LE(at + 42);
      const descriptor = zip.indexOf(Buffer.from([0x50, 0x4b, 0x07, 0x08]), local);
      if (descriptor > 0) zip.writeUInt32LE(size, descriptor + 12);
      return zip;
    }
    throw new Error(`no part ${part}`);
  };
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const ROOT_RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK = '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Biểu 01" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';
const SHEET_HEAD = (ref) => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="${ref}"/><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';
const xlsxParts = (sheet) => ({ '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': ROOT_RELS, 'xl/workbook.xml': WORKBOOK, 'xl/_rels/workbook.xml.rels': WORKBOOK_RELS, 'xl/worksheets/sheet1.xml': sheet });

const ordinary = forms(communes);
for (const form of ordinary) write(form.file, form.sheets, form.bookType);
const hostile = [
  { file: 'hostile-zip-bomb.xlsx', tests: 'A zip bomb: a 400 kB file whose sheet declares 160 MB unzipped. Refused from the zip directory, nothing inflated.', expect: { refused: 'workbook-part-too-large' } },
  { file: 'hostile-lying-sizes.xlsx', tests: 'The zip bomb forged: its directory declares the sheet 4 kB. Refused while inflating, as soon as the part passes what it declared, having held no more than a step of output.', expect: { refused: 'workbook-part-lied' } },
  { file: 'hostile-dimension-lies.xlsx', tests: 'A sheet whose dimension declares A1:A1 but which holds nine cells (A1:C3): every cell is read (none dropped for lying outside the range) and counted against the limits.', expect: { sheets: [{ name: 'Biểu 01', hidden: false, merges: [], cells: { A1: { kind: 'number', value: 1 }, C3: { kind: 'number', value: 9 } } }] } },
  { file: 'hostile-million-cells.xlsx', tests: 'A million cells (1,000 × 1,000) declared by the sheet\'s dimension A1:ALL1000. Refused before its grid is built.', expect: { refused: 'workbook-sheet-too-many-cells' } },
];
const all = [...ordinary, ...hostile];
writeFileSync(`${OUT}/expectations.json`, `${JSON.stringify(Object.fromEntries(all.map((f) => [f.file, f.expect])), null, 1)}\n`);
writeFileSync(`${OUT}/README.md`, `# The workbook corpus

Written by \`node scripts/make-workbooks.mjs\` (do not edit by hand): the forms a department or a commune
sends, and hostile files a reader must refuse. The communes are the 38 of Lai Châu in force from
2025-07-01, from data/areas.csv. \`expectations.json\` says what a reader must find in each: the sheets
(name, hidden), their merges, hidden rows and columns, chosen cells (kind, cached value, number format,
formula, uncached), the first text (\`title\`), the warnings, or the code of the refusal.
src/workers/workbook/read-workbook.test.ts reads every file against it.

| File | What it tests |
| --- | --- |
${all.map((f) => `| ${f.file} | ${f.tests} |`).join('\n')}
`);

/** A bomb's sheet: 160 MB of one repeated row, about 400 kB zipped. */
const bombSheet = (push) => {
  push(SHEET_HEAD('A1:A1'), false);
  const block = '<row><c><v>0</v></c></row>'.repeat(40_000);
  for (let written = 0; written < 160 * 1024 * 1024; written += block.length) push(block, false);
  push(SHEET_TAIL, true);
};
zipOf('hostile-zip-bomb.xlsx', xlsxParts(bombSheet));

// The same bomb, forged: its directory and its data descriptor declare the sheet 4 kB.
zipOf('hostile-lying-sizes.xlsx', xlsxParts(bombSheet), declareSize('xl/worksheets/sheet1.xml', 4096));

// A sheet that declares one cell (A1:A1) and holds nine: every one is read, and counted.
zipOf('hostile-dimension-lies.xlsx', xlsxParts(`${SHEET_HEAD('A1:A1')}${[1, 2, 3].map((r) => `<row r="${r}">${['A', 'B', 'C'].map((c, i) => `<c r="${c}${r}"><v>${(r - 1) * 3 + i + 1}</v></c>`).join('')}</row>`).join('')}${SHEET_TAIL}`));

// A million cells (1,000 rows × 1,000 columns of varied figures), declared as such by its dimension.
zipOf('hostile-million-cells.xlsx', xlsxParts((push) => {
  push(SHEET_HEAD('A1:ALL1000'), false);
  for (let r = 0; r < 1000; r++) {
    let row = '<row>';
    for (let c = 0; c < 1000; c++) row += `<c><v>${(r * 31 + c * 7) % 10}</v></c>`;
    push(`${row}</row>`, false);
  }
  push(SHEET_TAIL, true);
}));

console.log(`wrote ${OUT}: the forms and the hostile files`);
