import { z } from 'zod';

/** The catalog's records as every outside source must give them: JSON uploads and stored versions alike. */
export const areaSchema = z.object({ id: z.string().min(1), name: z.string().min(1), level: z.enum(['cluster', 'province', 'district']), parent: z.string().nullable() });

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
