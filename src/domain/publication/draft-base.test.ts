import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftBaseState, isStaleBase, notePublication, type PublicationRef } from './draft-base';

const v1: PublicationRef = { version: '20261128T0930Z-3fa9c2', published: '2026-11-28T09:30:00+07:00' };
const v2: PublicationRef = { version: '20261205T0800Z-77ab01', published: '2026-12-05T08:00:00+07:00' };
const sameDay: PublicationRef = { version: '20261128T0930Z-aaaaaa', published: '2026-11-28T09:30:00+07:00' };
const badDate: PublicationRef = { version: 'x-1', published: 'not a date' };

describe('a draft’s base against the newest publication known', () => {
  it.each<[string, PublicationRef | null | undefined, PublicationRef | null | undefined, string]>([
    ['built on the newest', v1, v1, 'current'],
    ['built on the newest, dates written another way', v1, { ...v1, published: '2026-11-28T02:30:00Z' }, 'current'],
    ['a correction came after the draft was begun', v1, v2, 'older'],
    ['another publication of the same minute', v1, sameDay, 'older'],
    ['the deployment went back to an earlier one', v2, v1, 'other'],
    ['an unreadable date still differs', badDate, v2, 'older'],
    ['the newest has an unreadable date', v2, badDate, 'older'],
    ['a draft saved before bases were recorded', undefined, v2, 'unknown'],
    ['a draft on the built-in data of a bundled build', null, v2, 'unknown'],
    ['no publication known yet', v1, null, 'unknown'],
    ['nothing known at all', undefined, undefined, 'unknown'],
  ])('%s', (_, base, latest, kind) => {
    const state = draftBaseState(base, latest);
    expect(state.kind).toBe(kind);
    expect(isStaleBase(state)).toBe(kind === 'older' || kind === 'other');
    if (isStaleBase(state)) expect(state).toMatchObject({ base, latest });
  });

  it('says stale exactly when both are known and their versions differ', () => {
    const ref = fc.record({ version: fc.string({ minLength: 1, maxLength: 8 }), published: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.string()) });
    fc.assert(fc.property(fc.option(ref, { nil: undefined }), fc.option(ref, { nil: undefined }), (base, latest) => {
      expect(isStaleBase(draftBaseState(base, latest))).toBe(!!base && !!latest && base.version !== latest.version);
    }));
  });
});

describe('noting a publication a tab verified and showed', () => {
  it.each<[string, PublicationRef | null | undefined, PublicationRef, PublicationRef | null]>([
    ['the first one known', undefined, v1, v1],
    ['the first one, after none', null, v2, v2],
    ['the same one again: nothing to write', v1, v1, null],
    ['a newer one', v1, v2, v2],
    ['the deployment went back: the one it points at now', v2, v1, v1],
    ['the same version republished with another date', v1, { ...v1, published: '2026-11-29T00:00:00Z' }, { ...v1, published: '2026-11-29T00:00:00Z' }],
  ])('%s', (_, known, seen, expected) => {
    expect(notePublication(known, seen)).toEqual(expected);
  });

  it('keeps only the identity of what it is given', () => {
    expect(notePublication(null, { ...v2, files: [] } as PublicationRef)).toEqual(v2);
  });
});
