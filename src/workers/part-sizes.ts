/**
 * Below this a file is read in one piece: a worker starts in some 50 ms, and a reading of 8 MiB takes
 * about 250 ms, half of which a second core saves. (The 140,000-row national file, 10.7 MB, is read in parts.)
 * The page reads no smaller file ahead while it downloads.
 */
export const PARALLEL_FROM_BYTES = 8 * 2 ** 20;

/** How many parts a file of `bytes` is read in: one a core, two to four, one for a small file. */
export const partsFor = (bytes: number, cores: number): number => (bytes < PARALLEL_FROM_BYTES ? 1 : Math.min(4, Math.max(2, cores)));

/** The User Timing mark a reading read ahead while the file downloaded leaves in the dataset worker, with its count of pieces. */
export const READ_AHEAD_MARK = 'observations.csv read while it downloaded';
