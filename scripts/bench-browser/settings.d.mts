/** Types of settings.mjs, for the TypeScript that imports it (its test). */
export interface BenchDataset {
  name: 'built-in' | '140k' | '1.7m';
  label: string;
  kind: 'districts-140k' | 'communes-1.7m' | null;
}
export interface BenchView {
  path: string;
  selector: string;
}
export interface BenchSettings {
  stepMs: number;
  port: number;
  upload: boolean;
  uploadOnly: boolean;
  regenerate: boolean;
  out: string | null;
  cpus: string | null;
  datasets: BenchDataset[];
  views: BenchView[];
}
export function benchSettings(env: Record<string, string | undefined>): BenchSettings;
export const settings: BenchSettings;
