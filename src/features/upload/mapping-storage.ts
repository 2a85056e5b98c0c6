import { z } from '../../domain/zod';
import { OBSERVATION_FIELDS } from '../../domain/observations/header-aliases';
import { LIMITS } from '../../domain/limits';
import { PERIOD_CODES } from '../../domain/periods/period';
import type { AnalysisReport, UploadOptions } from '../../domain/upload/analyze-upload';
import { mappingKey, type ColumnTarget } from '../../domain/upload/column-mapping';
import { parseJson, readStored, writeStored, type Checked, type StoredThing } from '../../lib/state/stored-value';

/** The analyst's mapping for files with the same headers, one stored value per header set. */
const MAPPING_STORE = 'chi-tieu-mapping:';

const targetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('field'), field: z.enum(OBSERVATION_FIELDS), year: z.optional(z.int().check(z.minimum(1945), z.maximum(2100))), estimate: z.optional(z.literal(true)), period: z.optional(z.enum(PERIOD_CODES)) }),
  z.object({ kind: z.literal('figure'), indicator: z.nullable(z.string().check(z.regex(/^[A-Za-z0-9_.-]{1,100}$/))), field: z.enum(['plan', 'actual', 'percent_of_plan']), label: z.string().check(z.maxLength(LIMITS.cellChars)) }),
  z.object({ kind: z.literal('ignore') }),
]);

const thingFor = (header: readonly string[]): StoredThing => ({
  key: MAPPING_STORE + mappingKey(header),
  what: { vi: `cách ghép cột đã nhớ cho tệp có ${header.length} cột này`, en: `the remembered column mapping for files with these ${header.length} columns` },
  fix: { vi: 'Ghép lại các cột ở bảng “Ghép cột”; lần ghi sau sẽ nhớ lại.', en: 'Map the columns again in the “Column mapping” table; the next commit remembers it.' },
  // Every column's target, with its label at the longest a cell may be.
  maxChars: Math.min(LIMITS.uploadColumns, Math.max(header.length, 1)) * (LIMITS.cellChars + 200),
});

/** A stored mapping read back: one valid target per column of the header, or what is wrong. */
export function checkMapping(text: string, columns: number): Checked<ColumnTarget[]> {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const targets = z.array(targetSchema).check(z.maxLength(LIMITS.uploadColumns)).safeParse(parsed.value);
  if (!targets.success) {
    return {
      ok: false,
      problems: targets.error.issues.slice(0, 5).map((i) => {
        const column = typeof i.path[0] === 'number' ? i.path[0] + 1 : null;
        const field = i.path.slice(1).join('.') || 'kind';
        return column === null
          ? { vi: 'không phải danh sách cột', en: 'not a list of columns' }
          : { vi: `cột ${column}: “${field}” không hợp lệ`, en: `column ${column}: “${field}” is invalid` };
      }),
    };
  }
  if (targets.data.length !== columns) return { ok: false, problems: [{ vi: `có ${targets.data.length} cột, tệp có ${columns}`, en: `it has ${targets.data.length} columns, the file has ${columns}` }] };
  return { ok: true, value: targets.data, problems: [] };
}

/** Remembers the analyst's mapping for the next file with the same headers; a full storage is said, not thrown. */
export function rememberMapping(analysis: AnalysisReport) {
  if (analysis.header.length === 0) return;
  writeStored(thingFor(analysis.header), JSON.stringify(analysis.targets));
}

/** The mapping saved for files with exactly these headers, if any; a damaged one is set aside and named. */
export function recallMapping(header: string[]): UploadOptions['targets'] {
  if (header.length === 0) return undefined;
  return readStored(thingFor(header), (text) => checkMapping(text, header.length)) ?? undefined;
}
