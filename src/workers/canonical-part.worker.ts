/// <reference lib="webworker" />
// One part of a published observations.csv, read beside the other parts in workers of their own: on two
// cores the reading of 1.7 million rows takes about half the time. The columns go back transferred.
import { expose, transfer } from 'comlink';
import { CANONICAL_HEADER, readCanonicalPart } from '../domain/canonical-observations';
import type { Area, Indicator } from '../domain/model';

const api = {
  /** A part's bytes: whole rows; the first part has the file's header line, the others get it back here. */
  readPart(bytes: Uint8Array, first: boolean, areas: Area[], indicators: Indicator[]) {
    const text = new TextDecoder().decode(bytes);
    const part = readCanonicalPart(first ? text : `${CANONICAL_HEADER}\n${text}`, areas, indicators);
    if (!part.ok) return part;
    const { table, ...counts } = part;
    return transfer({ ...counts, columns: table.columns }, table.transferables());
  },
};

export type CanonicalPartApi = typeof api;
expose(api);
