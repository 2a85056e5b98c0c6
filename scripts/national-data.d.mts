/** Types of scripts/national-data.mjs, for the TypeScript that imports it (e2e, benchmark). */
export type NationalKind = 'districts-140k' | 'communes-1.7m' | 'small';
export const PROVINCES_BEFORE_2025: string[];
export const PROVINCES_FROM_2025: string[];
export const NATIONAL_KINDS: NationalKind[];
export function slug(name: string): string;
export function nationalDataset(kind: NationalKind, root?: string): Record<'areas.csv' | 'indicators.csv' | 'observations.csv', string>;
