/// <reference lib="webworker" />
// One part of a published observations.csv, read beside the other parts in workers of their own: on two
// cores the reading of 1.7 million rows takes about half the time. The columns go back transferred.
import { expose, transfer } from 'comlink';
import { quoteCount, readCanonicalPart } from '../domain/canonical-observations';
import type { Area, Indicator } from '../domain/model';

/** The part taken, decoded, waiting for the catalog. */
let taken: { text: string; first: boolean } | null = null;

const api = {
  /**
   * A part's bytes (whole rows if no cut fell inside quotes; the first part has the file's header line,
   * the others start with a row), decoded while the catalog is read elsewhere. Says how many quote marks
   * the part has, which tells whether the cuts were right.
   */
  take(bytes: Uint8Array, first: boolean): number {
    const text = new TextDecoder().decode(bytes);
    taken = { text, first };
    return quoteCount(text);
  },
  /** The part taken, read against the catalog. */
  read(areas: Area[], indicators: Indicator[]) {
    if (taken === null) throw new Error('no part was taken');
    const part = readCanonicalPart(taken.text, areas, indicators, { first: taken.first });
    taken = null;
    if (!part.ok) return part;
    const { table, ...counts } = part;
    return transfer({ ...counts, columns: table.columns }, table.transferables());
  },
};

export type CanonicalPartApi = typeof api;
expose(api);
