import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isWorkbookBytes, workbookKind } from './workbook-bytes';

const corpus = (file: string) => new Uint8Array(readFileSync(`${process.cwd()}/data/workbooks/${file}`));
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe('workbookKind', () => {
  it.each([
    ['an .xlsx', corpus('title-block.xlsx'), 'Biểu.xlsx', 'xlsx'],
    ['an .xlsx renamed .csv', corpus('title-block.xlsx'), 'Biểu.csv', 'xlsx'],
    ['an .ods', corpus('title-block.ods'), 'Biểu.ods', 'ods'],
    ['an .xls', corpus('title-block.xls'), 'Biểu.xls', 'xls'],
    ['an .xls named in capitals', corpus('title-block.xls'), 'BIEU.XLS', 'xls'],
    ['OLE2 bytes named .doc (a Word file)', new Uint8Array([...OLE2, 0, 0]), 'thu.doc', null],
    ['OLE2 bytes with no name', new Uint8Array([...OLE2, 0, 0]), '', null],
    ['a .docx (a zip with word/ only)', zipSync({ 'word/document.xml': strToU8('<w/>'), '[Content_Types].xml': strToU8('<T/>') }), 'a.docx', null],
    ['a zip holding a CSV', zipSync({ 'data.csv': strToU8('a,b\n1,2\n') }), 'data.zip', null],
    ['the zip magic alone, no directory', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), 'x.xlsx', null],
    ['a CSV', strToU8('area,year\nSìn Hồ,2025\n'), 'a.csv', null],
    ['nothing', new Uint8Array(), 'a.xlsx', null],
  ] as const)('%s', (_, bytes, name, kind) => {
    expect(workbookKind(bytes, name)).toBe(kind);
    expect(isWorkbookBytes(bytes, name)).toBe(kind !== null);
  });
});
