import { z } from 'zod';
import { areaSchema, indicatorSchema } from '../domain/catalog-schema';
import type { Dataset } from '../domain/model';
import type { VersionState } from './dataset-repository';

const count = z.number().int().min(0);
const versionMeta = z.object({
  id: z.number().int().positive(),
  fileName: z.string().max(1000),
  createdAt: z.string().max(100),
  note: z.string().max(100_000),
  counts: z.object({ added: count, changed: count, unchanged: count, removed: count, total: count }),
});

export const versionStateSchema = z.object({ versions: z.array(versionMeta), currentId: z.number().int().min(0) }).refine(
  (s) => s.currentId === 0 || s.versions.some((v) => v.id === s.currentId),
  { message: 'the current version is not in the list of versions', path: ['currentId'] },
);

const number = z.number().finite().nullable();
const datasetSchema = z.object({
  areas: z.array(areaSchema),
  indicators: z.array(indicatorSchema),
  observations: z.array(
    z.object({
      area: z.string().min(1), year: z.number().int(), indicator: z.string().min(1),
      plan: number, actual: number, reportedPercent: number,
      unit: z.string(), source: z.string(), note: z.string(),
    }),
  ),
});

export type StoredCheck<T> = { ok: true; value: T } | { ok: false; reason: string };

function check<T>(schema: z.ZodType<T>, value: unknown): StoredCheck<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues[0];
  return { ok: false, reason: `${first?.path.join('.') || 'record'}: ${first?.message ?? 'invalid'}` };
}

/** A version list read back from storage, checked before anything trusts it. */
export const checkStoredState = (value: unknown): StoredCheck<VersionState> => check(versionStateSchema, value);

/** A dataset read back from storage, checked before any view reads it. */
export const checkStoredDataset = (value: unknown): StoredCheck<Dataset> => check(datasetSchema, value);
