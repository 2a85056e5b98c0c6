import { z } from '../zod';
import { AWARD_KINDS, AWARD_STATUSES } from '../awards';
import { MAIN_LIST_SCOPES } from '../main-targets';
import { AREA_LEVELS, SUCCESSIONS } from '../model';
import { dateInYears, YEARS } from '../limits';

/** An ISO calendar date (2025-07-01) that exists, in the years a catalog may name (not 0000-01-01). */
export const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'),
  z.refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'a date that exists'),
  z.refine(dateInYears, `a date from ${YEARS.first}-01-01 to ${YEARS.last}-12-31`),
);

/** The catalog's records as every outside source must give them: JSON uploads and stored versions alike. */
export const areaSchema = z
  .object({
    id: z.string().check(z.minLength(1)),
    name: z.string().check(z.minLength(1)),
    level: z.enum(AREA_LEVELS),
    parent: z.nullable(z.string()),
    kind: z.optional(z.string().check(z.maxLength(40))),
    validFrom: z.optional(z.nullable(isoDate)),
    validTo: z.optional(z.nullable(isoDate)),
    predecessors: z.optional(z.array(z.string().check(z.minLength(1))).check(z.maxLength(200))),
    succession: z.optional(z.nullable(z.enum(SUCCESSIONS))),
    source: z.optional(z.string().check(z.maxLength(2000))),
    note: z.optional(z.string().check(z.maxLength(2000))),
  })
  .check(z.refine((a) => a.validFrom == null || a.validTo == null || a.validFrom <= a.validTo, { message: 'valid_from after valid_to', path: ['validTo'] }));

export const indicatorSchema = z.object({
  id: z.string().check(z.minLength(1)),
  nameVi: z.string().check(z.minLength(1)),
  nameEn: z.string().check(z.minLength(1)),
  unit: z.string(),
  unitEn: z.string(),
  direction: z.enum(['higher_is_better', 'lower_is_better']),
  decimals: z.number().check(z.int(), z.gte(0), z.lte(6)),
  additive: z.boolean(),
});

/** An award read back from storage (awards.ts): the parser's output, checked like the rest of a stored dataset. */
export const awardSchema = z.object({
  area: z.string().check(z.minLength(1), z.maxLength(200)),
  year: z.number().check(z.int()),
  kind: z.enum(AWARD_KINDS),
  status: z.enum(AWARD_STATUSES),
  source: z.string().check(z.maxLength(2000)),
  note: z.string().check(z.maxLength(2000)),
});

/** A main-target row read back from storage (main-targets.ts): the parser's output, checked like the rest of a stored dataset. */
export const mainTargetSchema = z.object({
  area: z.string().check(z.minLength(1), z.maxLength(200)),
  year: z.number().check(z.int()),
  indicator: z.string().check(z.minLength(1), z.maxLength(200)),
  scope: z.enum(MAIN_LIST_SCOPES),
  source: z.string().check(z.minLength(1), z.maxLength(2000)),
  note: z.string().check(z.maxLength(2000)),
});
