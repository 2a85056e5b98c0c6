import { describe, expect, it } from 'vitest';
import type { MainTarget } from '../domain/main-targets';
import { ObservationTable } from '../domain/observations/observation-table';
import { checkStoredDataset, checkStoredTabular } from './stored-schema';
import { LAI_CHAU_AREAS } from '../testing/builders';

/** A committed version keeps its main-target lists; a damaged stored row is refused like any damaged value. */
const row: MainTarget = { area: 'lai-chau', year: 2024, indicator: 'grdp_growth', scope: 'partial', source: 'Chỉ thị 477/CT-UBND', note: 'khoảng 9%' };
const columns = ObservationTable.from([]).columns;

describe('main-target lists in a stored dataset', () => {
  it.each([
    ['as objects', (mainTargets: unknown) => checkStoredDataset({ areas: LAI_CHAU_AREAS, indicators: [], observations: [], mainTargets })],
    ['as columns', (mainTargets: unknown) => checkStoredTabular({ areas: LAI_CHAU_AREAS, indicators: [], mainTargets, columns })],
  ])('%s: read back as written, absent when none, refused when damaged', (_, read) => {
    const good = read([row]);
    expect(good.ok && (good.value as { mainTargets?: MainTarget[] }).mainTargets).toEqual([row]);
    const none = read(undefined);
    expect(none.ok && (none.value as { mainTargets?: MainTarget[] }).mainTargets).toBeUndefined();
    expect(read([{ ...row, scope: 'most' }])).toMatchObject({ ok: false, reason: expect.stringMatching(/^mainTargets\.0\.scope/) as unknown });
    expect(read([{ ...row, source: '' }]).ok).toBe(false);
  });
});
