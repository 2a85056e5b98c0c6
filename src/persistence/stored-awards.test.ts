import { describe, expect, it } from 'vitest';
import type { Award } from '../domain/awards';
import { ObservationTable } from '../domain/observations/observation-table';
import { checkStoredDataset, checkStoredTabular } from './stored-schema';
import { LAI_CHAU_AREAS } from '../testing/builders';

/** A committed version keeps its awards; a damaged stored award is refused like any damaged value. */
const award: Award = { area: 'lang-son', year: 2016, kind: 'government_flag', status: 'proposed', source: 'seeds/002', note: 'được đề nghị tặng Cờ thi đua của Chính phủ' };
const columns = ObservationTable.from([]).columns;

describe('awards in a stored dataset', () => {
  it.each([
    ['as objects', (awards: unknown) => checkStoredDataset({ areas: LAI_CHAU_AREAS, indicators: [], observations: [], awards })],
    ['as columns', (awards: unknown) => checkStoredTabular({ areas: LAI_CHAU_AREAS, indicators: [], awards, columns })],
  ])('%s: read back as written, absent when none, refused when damaged', (_, read) => {
    const good = read([award]);
    expect(good.ok && (good.value as { awards?: Award[] }).awards).toEqual([award]);
    const none = read(undefined);
    expect(none.ok && (none.value as { awards?: Award[] }).awards).toBeUndefined();
    expect(read([{ ...award, kind: 'medal' }])).toMatchObject({ ok: false, reason: expect.stringMatching(/^awards\.0\.kind/) as unknown });
    expect(read([{ ...award, status: 'maybe' }]).ok).toBe(false);
  });
});
