/// <reference lib="webworker" />
// One part of a published observations.csv, read beside the dataset worker's own part: on two cores
// the reading of 1.7 million rows takes about half the time. The columns go back transferred.
import { expose, transfer } from 'comlink';
import { CANONICAL_HEADER, readCanonicalPart } from '../domain/canonical-observations';
import type { Area, Indicator } from '../domain/model';

const api = {
  /** A part's bytes: whole rows, without the header line (it is put back here). */
  readPart(bytes: Uint8Array, areas: Area[], indicators: Indicator[]) {
    const part = readCanonicalPart(`${CANONICAL_HEADER}\n${new TextDecoder().decode(bytes)}`, areas, indicators);
    if (!part.ok) return part;
    const { table, ...counts } = part;
    return transfer({ ...counts, columns: table.columns }, table.transferables());
  },
};

export type CanonicalPartApi = typeof api;
expose(api);
