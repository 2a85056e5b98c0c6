import { describe, expect, it } from 'vitest';
import { pinFromLocation } from './pin';

describe('which loads keep the pinned version', () => {
  it.each([
    ['a view', '/district/tan-uyen', '?year=2020', { pinned: false, version: null }],
    ['a slide', '/', '?year=2020&embed=1&lang=vi&pin=20261128T0230Z-3fa9c2', { pinned: true, version: '20261128T0230Z-3fa9c2' }],
    ['a slide of an old deck, no pin', '/', '?embed=1', { pinned: true, version: null }],
    ['a slide with a bad pin', '/', '?embed=1&pin=../x', { pinned: true, version: null }],
    ['the show reloaded mid-talk', '/present', '?slide=3', { pinned: true, version: null }],
    ['the deck editor', '/present', '', { pinned: false, version: null }],
  ])('%s', (_, pathname, search, pin) => {
    expect(pinFromLocation(pathname, search)).toEqual(pin);
  });
});
