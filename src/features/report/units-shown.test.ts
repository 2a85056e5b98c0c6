import { describe, expect, it } from 'vitest';
import { chunksOf, firstShown, nextShown } from './units-shown';

describe('how many units are in the page', () => {
  it.each([
    // total, perTask, all, first
    [0, 50, false, 0],
    [30, 50, false, 30],
    [3300, 50, false, 50],
    [3300, 50, true, 3300],
    [12, 50, true, 12],
  ])('%i units, %i a task, all at once %s: %i first', (total, perTask, all, first) => {
    expect(firstShown(total, perTask, all)).toBe(first);
  });

  it.each([
    // shown, total, perTask, next
    [50, 3300, 50, 100],
    [3250, 3300, 50, 3300],
    [3280, 3300, 50, 3300],
    [3300, 3300, 50, 3300],
    [0, 5, 0, 1], // a part is never empty: the count always moves on
  ])('after %i of %i (%i a task): %i', (shown, total, perTask, next) => {
    expect(nextShown(shown, total, perTask)).toBe(next);
  });

  it('reaches every unit, a part at a time, in total / perTask steps (rounded up)', () => {
    let shown = firstShown(3300, 50, false);
    let steps = 1;
    while (shown < 3300) {
      shown = nextShown(shown, 3300, 50);
      steps += 1;
    }
    expect([shown, steps]).toEqual([3300, 66]);
  });

  it.each([
    [0, 50, []],
    [1, 50, [[0, 1]]],
    [50, 50, [[0, 50]]],
    [120, 50, [[0, 50], [50, 100], [100, 120]]],
  ] as [number, number, [number, number][]][])('the first %i items in parts of %i: %j', (shown, perTask, parts) => {
    expect(chunksOf(shown, perTask)).toEqual(parts);
  });

  it('parts cover the items once each, in order, and keep their bounds as more come (each is rendered once)', () => {
    const before = chunksOf(100, 50);
    const after = chunksOf(150, 50);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.flatMap(([from, to]) => Array.from({ length: to - from }, (_, k) => from + k))).toEqual(Array.from({ length: 150 }, (_, k) => k));
  });
});
