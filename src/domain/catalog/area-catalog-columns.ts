import { foldText } from '../text/text-key';

/** The columns of an areas catalog (data/areas.csv), in the canonical file's order. */
export const AREA_COLUMNS = ['id', 'name', 'level', 'parent', 'kind', 'valid_from', 'valid_to', 'predecessors', 'succession', 'source', 'note'] as const;
export type AreaColumn = (typeof AREA_COLUMNS)[number];

/** Headers as an analyst writes them, Vietnamese or English, compared folded (no case, no diacritics). */
const HEADER_ALIASES: Record<AreaColumn, string[]> = {
  id: ['id', 'mã', 'mã đơn vị'],
  name: ['name', 'tên', 'tên đơn vị'],
  level: ['level', 'cấp'],
  parent: ['parent', 'đơn vị cha', 'trực thuộc', 'thuộc'],
  kind: ['kind', 'loại', 'loại đơn vị'],
  valid_from: ['valid_from', 'valid from', 'hiệu lực từ', 'có hiệu lực từ', 'từ ngày'],
  valid_to: ['valid_to', 'valid to', 'hiệu lực đến', 'đến ngày'],
  predecessors: ['predecessors', 'tiền thân', 'đơn vị tiền thân'],
  succession: ['succession', 'hình thức', 'hình thức sắp xếp'],
  source: ['source', 'nguồn'],
  note: ['note', 'ghi chú'],
};

const HEADERS = new Map<string, AreaColumn>(AREA_COLUMNS.flatMap((column) => HEADER_ALIASES[column].map((alias) => [foldText(alias), column] as const)));

/** The catalog column a header names, if any: "Hiệu lực từ" → valid_from. */
export const areaColumnForHeader = (header: string): AreaColumn | null => HEADERS.get(foldText(header)) ?? null;

/** A header row is an areas catalog's when it names an id, a name and a level (an observations file names a year instead). */
export function isAreaCatalogHeader(header: readonly string[]): boolean {
  const columns = new Set(header.map(areaColumnForHeader));
  return columns.has('id') && columns.has('name') && columns.has('level') && !header.some((h) => ['year', 'nam'].includes(foldText(h)));
}

/**
 * A date cell as ISO: 2025-07-01 stays, 01/07/2025 and 1.7.2025 (day first, as Vietnamese
 * documents write it) become 2025-07-01; anything else is null, and the caller says so.
 */
export function isoDateOf(cell: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell);
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(cell);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2]?.padStart(2, '0'), dmy[1]?.padStart(2, '0')] : [];
  if (!year || !month || !day) return null;
  const date = `${year}-${month}-${day}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : null;
}
