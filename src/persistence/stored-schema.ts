import { z } from '../domain/zod';
import { areaSchema, awardSchema, indicatorSchema, mainTargetSchema } from '../domain/catalog/catalog-schema';
import type { TabularDataset } from '../domain/dataset/dataset-index';
import type { Dataset } from '../domain/model';
import { ObservationTable, type ObservationColumns } from '../domain/observations/observation-table';
import { VERSION_PATTERN } from '../domain/publication/manifest';
import type { VersionState } from './dataset-repository';

const count = z.number().check(z.int(), z.gte(0));
const publicationRef = z.object({ version: z.string().check(z.regex(VERSION_PATTERN)), published: z.string().check(z.maxLength(100)) });
const versionMeta = z.object({
  id: z.number().check(z.int(), z.positive()),
  fileName: z.string().check(z.maxLength(1000)),
  createdAt: z.string().check(z.maxLength(100)),
  note: z.string().check(z.maxLength(100_000)),
  counts: z.object({ added: count, changed: count, unchanged: count, removed: count, total: count }),
  // Absent on a version saved before bases were recorded: read back as "base unknown".
  basePublication: z.optional(z.nullable(publicationRef)),
});

export const versionStateSchema = z.object({ versions: z.array(versionMeta), currentId: z.number().check(z.int(), z.gte(0)), latestPublication: z.optional(publicationRef) }).check(
  z.refine((s) => s.currentId === 0 || s.versions.some((v) => v.id === s.currentId), { message: 'the current version is not in the list of versions', path: ['currentId'] }),
);

// zod 4's number() already refuses Infinity and NaN (classic zod's .finite() did nothing more).
const number = z.nullable(z.number());
const datasetSchema = z.object({
  areas: z.array(areaSchema),
  indicators: z.array(indicatorSchema),
  awards: z.optional(z.array(awardSchema)),
  mainTargets: z.optional(z.array(mainTargetSchema)),
  observations: z.array(
    z.object({
      area: z.string().check(z.minLength(1)), year: z.number().check(z.int()), indicator: z.string().check(z.minLength(1)),
      plan: number, actual: number, reportedPercent: number,
      unit: z.string(), source: z.string(), note: z.string(),
    }),
  ),
});

export type StoredCheck<T> = { ok: true; value: T } | { ok: false; reason: string };

function check<T>(schema: z.ZodMiniType<T>, value: unknown): StoredCheck<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues[0];
  return { ok: false, reason: `${first?.path.join('.') || 'record'}: ${first?.message ?? 'invalid'}` };
}

/** A version list read back from storage, checked before anything trusts it. */
export const checkStoredState = (value: unknown): StoredCheck<VersionState> => check(versionStateSchema, value);

/** A dataset read back from storage, checked before any view reads it. */
export const checkStoredDataset = (value: unknown): StoredCheck<Dataset> => check(datasetSchema, value);

const catalogSchema = z.object({ areas: z.array(areaSchema), indicators: z.array(indicatorSchema), awards: z.optional(z.array(awardSchema)), mainTargets: z.optional(z.array(mainTargetSchema)) });
const TEXT_CHARS = 100_000;
const textList = z.array(z.string().check(z.maxLength(TEXT_CHARS)));
const COLUMN_TYPES = {
  area: Uint32Array, indicator: Uint32Array, year: Uint16Array, plan: Float64Array, actual: Float64Array,
  reportedPercent: Float64Array, unit: Uint32Array, source: Uint32Array, note: Uint32Array,
} as const;

/**
 * A dataset stored as columns (what a commit writes), checked before any view reads it: the catalog
 * by its schema; each column's type and length, every code within its dictionary, every figure finite
 * or missing (NaN), every id and text a string.
 */
export function checkStoredTabular(value: unknown): StoredCheck<TabularDataset> {
  const catalog = check(catalogSchema, value);
  if (!catalog.ok) return catalog;
  const columns = (value as { columns?: unknown }).columns as Partial<Record<keyof ObservationColumns, unknown>> | undefined;
  if (typeof columns !== 'object' || columns === null) return { ok: false, reason: 'columns: missing' };
  for (const [name, type] of Object.entries(COLUMN_TYPES)) if (!(columns[name as keyof typeof COLUMN_TYPES] instanceof type)) return { ok: false, reason: `columns.${name}: expected ${type.name}` };
  for (const name of ['areaIds', 'indicatorIds', 'strings'] as const) {
    const texts = textList.safeParse(columns[name]);
    if (!texts.success) return { ok: false, reason: `columns.${name}: a list of texts expected` };
  }
  let table: ObservationTable;
  try {
    table = ObservationTable.fromColumns(columns as ObservationColumns);
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  const c = table.columns;
  for (const name of ['plan', 'actual', 'reportedPercent'] as const)
    for (let i = 0; i < c.length; i++) if (c[name][i] === Infinity || c[name][i] === -Infinity) return { ok: false, reason: `columns.${name}[${i}]: not a finite number` };
  return { ok: true, value: { ...catalog.value, table } };
}
