/** Types of bench-workbook-file.mjs, for the TypeScript that imports it (scripts/bench-workbook.ts). */
export function benchWorkbook(XLSX: typeof import('@e965/xlsx'), targetBytes: number): Uint8Array;
