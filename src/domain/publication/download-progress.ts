/**
 * How far a publication's download is, as pure values: the page says "1,2 / 10,7 MB" while the
 * kept version stays on screen (or, on a first visit, beside a Cancel button); byte-sizes.ts says it in words.
 */

/** One file's bytes so far, and its size when known (the manifest's, else Content-Length). */
export interface FileProgress {
  received: number;
  total: number | null;
}

export interface Progress {
  received: number;
  /** null while any file's size is unknown: no total is invented. */
  total: number | null;
}

/** A download with no new byte for this long is said to stall (it goes on, and the kept copy stays). */
export const STALL_AFTER_MS = 8_000;

/** The files together. */
export function sumProgress(files: Readonly<Record<string, FileProgress>>): Progress {
  let received = 0;
  let total: number | null = 0;
  for (const file of Object.values(files)) {
    received += file.received;
    total = total === null || file.total === null ? null : total + file.total;
  }
  return { received, total };
}

/** The sizes a manifest gives for the files to download: the total is known before the first byte. */
export function expectedFiles(manifestFiles: readonly { name: string; bytes: number }[], names: readonly string[]): Record<string, FileProgress> {
  return Object.fromEntries(names.map((name) => [name, { received: 0, total: manifestFiles.find((f) => f.name === name)?.bytes ?? null }]));
}

/** The share done, 0–100, for a progress bar; null without a total. Never over 100 (a server that sends more is caught by the checks). */
export function percentDone(progress: Progress): number | null {
  if (progress.total === null) return null;
  if (progress.total === 0) return 100;
  return Math.min(100, Math.floor((progress.received / progress.total) * 100));
}

/** Whether a download has stalled: no byte (or no answer at all) since `lastBytesAt`. */
export const isStalled = (lastBytesAt: number, now: number, stallAfterMs = STALL_AFTER_MS): boolean => now - lastBytesAt >= stallAfterMs;
