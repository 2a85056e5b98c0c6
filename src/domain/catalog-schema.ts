import { z } from 'zod';
import { AREA_LEVELS, SUCCESSIONS } from './model';

/** An ISO calendar date (2025-07-01) that exists. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'a date that exists');

/** The catalog's records as every outside source must give them: JSON uploads and stored versions alike. */
export const areaSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    level: z.enum(AREA_LEVELS),
    parent: z.string().nullable(),
    kind: z.string().max(40).optional(),
    validFrom: isoDate.nullable().optional(),
    validTo: isoDate.nullable().optional(),
    predecessors: z.array(z.string().min(1)).max(200).optional(),
    succession: z.enum(SUCCESSIONS).nullable().optional(),
    source: z.string().max(2000).optional(),
    note: z.string().max(2000).optional(),
  })
  .refine((a) => a.validFrom == null || a.validTo == null || a.validFrom <= a.validTo, { message: 'valid_from after valid_to', path: ['validTo'] });

export const indicatorSchema = z.object({
  id: z.string().min(1),
  nameVi: z.string().min(1),
  nameEn: z.string().min(1),
  unit: z.string(),
  unitEn: z.string(),
  direction: z.enum(['higher_is_better', 'lower_is_better']),
  decimals: z.number().int().min(0).max(6),
  additive: z.boolean(),
});
