import { formatNumber, type Language } from '../numbers/format';
import type { Progress } from './download-progress';

/** Sizes and download progress in the reader's language (apart from the sums, which the loader needs without the formatters). */

const UNITS = [
  { bytes: 1024 ** 3, name: 'GB' },
  { bytes: 1024 ** 2, name: 'MB' },
  { bytes: 1024, name: 'kB' },
] as const;

const unitFor = (bytes: number) => UNITS.find((u) => bytes >= u.bytes) ?? { bytes: 1, name: 'B' };
const inUnit = (bytes: number, unit: { bytes: number }, language: Language, round: (n: number) => number) =>
  unit.bytes === 1 ? formatNumber(bytes, language, 0) : formatNumber(round((bytes / unit.bytes) * 10) / 10, language, 1, 1);

/** A size as a person reads it, in the language's marks: "111,5 MB" (vi), "111.5 MB" (en). */
export function formatSize(bytes: number, language: Language): string {
  const unit = unitFor(bytes);
  return `${inUnit(bytes, unit, language, Math.round)} ${unit.name}`;
}

/** "1,2 / 10,7 MB" (vi), "1.2 / 10.7 MB" (en): both sides in the unit of the larger; "1,2 MB" with no total. */
export function formatProgress(progress: Progress, language: Language): string {
  const unit = unitFor(Math.max(progress.received, progress.total ?? 0));
  // What came is rounded down and the total to the nearest: "10,7 / 10,7 MB" only once it is all here, or nearly.
  const received = inUnit(progress.received, unit, language, Math.floor);
  return progress.total === null ? `${received} ${unit.name}` : `${received} / ${inUnit(progress.total, unit, language, Math.round)} ${unit.name}`;
}
