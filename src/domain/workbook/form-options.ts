/** The caller's choices over the form reader's guesses, checked at the boundary (they come from a form or a remembered shape). */
import { z } from '../zod';

export const formOptionsSchema = z.object({
  /** The header's first row, 1-based as the sheet shows it. */
  headerRow: z.optional(z.int().check(z.minimum(1), z.maximum(1_048_576))),
  /** The year of every figure. */
  year: z.optional(z.int().check(z.minimum(1900), z.maximum(2200))),
  /** The column naming the units (xã, phường), as letters ("B"). */
  unitColumn: z.optional(z.string().check(z.regex(/^\s*[A-Za-z]{1,3}\s*$/))),
});

export type FormOptions = z.infer<typeof formOptionsSchema>;
