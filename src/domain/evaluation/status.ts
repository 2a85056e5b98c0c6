import type { Measure } from '../numbers/measure';

export type Status = 'exceeded' | 'met' | 'nearly-met' | 'missed' | 'no-data';

export const STATUSES: readonly Status[] = ['exceeded', 'met', 'nearly-met', 'missed', 'no-data'];

export interface StatusThresholds {
  /** % of plan at which a target counts as met (hoàn thành). */
  met: number;
  /** % of plan at or above which a missed target counts as nearly met. */
  nearlyMet: number;
  /** Differences smaller than this (in percentage points) count as exactly on plan. */
  tolerance: number;
}

export const DEFAULT_THRESHOLDS: StatusThresholds = { met: 100, nearlyMet: 90, tolerance: 0.005 };

/** Exceeded (vượt KH) above the plan, met (đạt KH) at it, nearly met, missed; no value → no data. */
export function classifyStatus(percent: Measure, thresholds: StatusThresholds = DEFAULT_THRESHOLDS): Status {
  if (percent.kind === 'none') return 'no-data';
  const p = percent.value;
  if (p > thresholds.met + thresholds.tolerance) return 'exceeded';
  if (p >= thresholds.met - thresholds.tolerance) return 'met';
  if (p >= thresholds.nearlyMet) return 'nearly-met';
  return 'missed';
}
