import { describe, expect, it } from 'vitest';
import { pageOf, topAndBottom } from './paging';

describe('pageOf', () => {
  it.each([
    ['the first page by default', 700, 24, null, { page: 1, pages: 30, from: 0, to: 24 }],
    ['the last page is short', 700, 24, 30, { page: 30, pages: 30, from: 696, to: 700 }],
    ['past the end: the last page', 700, 24, 99, { page: 30, pages: 30, from: 696, to: 700 }],
    ['before the start: the first', 700, 24, -3, { page: 1, pages: 30, from: 0, to: 24 }],
    ['not a whole number: the first', 700, 24, 2.5, { page: 1, pages: 30, from: 0, to: 24 }],
    ['an empty list has one empty page', 0, 24, 4, { page: 1, pages: 1, from: 0, to: 0 }],
  ])('%s', (_, total, perPage, requested, expected) => expect(pageOf(total, perPage, requested)).toEqual(expected));
});

describe('topAndBottom', () => {
  const rows = Array.from({ length: 25 }, (_, i) => i);
  it.each([
    ['the best and worst n of a long list', rows, 10, { top: rows.slice(0, 10), bottom: rows.slice(15), hidden: 5 }],
    ['a short list whole', rows.slice(0, 20), 10, { top: rows.slice(0, 20), bottom: [], hidden: 0 }],
  ])('%s', (_, list, n, expected) => expect(topAndBottom(list, n)).toEqual(expected));
});
