/** Types of table.mjs, for the TypeScript that imports it (its test). */
import type { BenchDataset, BenchView } from './settings.mjs';

/** A step's figure: its time and longest task, or why it failed; `note` is what it showed. */
export interface StepResult {
  ms?: number;
  longest?: number;
  note?: string;
  failed?: string;
}
export interface DatasetResults {
  [step: string]: StepResult | { mb: number } | { failed: string } | { gzip: number; files: number } | undefined;
}
export interface UploadResults {
  catalog?: StepResult;
  analysis?: StepResult;
  progress?: StepResult;
  commit?: StepResult;
}
export function benchTable(
  results: Record<string, DatasetResults>,
  upload: UploadResults | null,
  entry: { gzip: number; files: number },
  shape: { datasets: BenchDataset[]; views: BenchView[] },
): string;
export function benchHeader(run: { at: Date; commit: string; chromium: string; cores: string | number; stepMs: number; took: string }): string;
