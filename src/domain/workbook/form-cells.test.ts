import { describe, expect, it } from 'vitest';
import { cellText, collapse, formCell, isFigure, isPercentFormat, SheetView } from './form-cells';
import type { GridCell } from './sheet-grid';
import { grid } from './testing/grid-builder';

describe('formCell', () => {
  it.each<[GridCell | null, unknown]>([
    [{ kind: 'number', value: 1862 }, { kind: 'number', value: 1862 }],
    [{ kind: 'number', value: 0.925, format: '0.0%' }, { kind: 'number', value: 92.5, percentFormat: true }],
    [{ kind: 'number', value: 0.07, format: '0%' }, { kind: 'number', value: 7, percentFormat: true }],
    [{ kind: 'number', value: 0.925, format: '#,##0.0' }, { kind: 'number', value: 0.925 }],
    [{ kind: 'number', value: 5, format: '0" %"' }, { kind: 'number', value: 5 }],
    [{ kind: 'text', value: '1.234,5' }, { kind: 'text', value: '1.234,5' }],
    [{ kind: 'text', value: '   ' }, null],
    [{ kind: 'date', value: '2025-12-31' }, { kind: 'date', value: '2025-12-31' }],
    [{ kind: 'boolean', value: true }, { kind: 'boolean', value: true }],
    [{ kind: 'error', value: '#DIV/0!' }, { kind: 'error', value: '#DIV/0!' }],
    [{ kind: 'number', value: 0, formula: 'SUM(C5:C42)', uncached: true }, { kind: 'uncached', value: 'SUM(C5:C42)' }],
    [null, null],
  ])('%j → %j', (cell, expected) => {
    expect(formCell(cell)).toEqual(expected);
  });

  it.each([['0.0%', true], ['0%;[Red]-0%', true], ['"%"0', false], ['0\\%', false], ['General', false], [undefined, false]])(
    'isPercentFormat(%s) → %s',
    (format, expected) => expect(isPercentFormat(format)).toBe(expected),
  );
});

describe('text and figures', () => {
  it.each([['Thu ngân sách\n nhà   nước', 'Thu ngân sách nhà nước'], ['\u00a0 a \t', 'a']])('collapse(%j)', (text, expected) => {
    expect(collapse(text)).toBe(expected);
  });
  it.each<[GridCell | null, boolean]>([
    [{ kind: 'number', value: 3 }, true],
    [{ kind: 'text', value: '1.234,5' }, true],
    [{ kind: 'text', value: '1,862' }, true],
    [{ kind: 'text', value: 'Xã Bình Lư' }, false],
    [{ kind: 'date', value: '2025-01-01' }, false],
    [null, false],
  ])('isFigure(%j) → %s', (cell, expected) => {
    expect(isFigure(formCell(cell))).toBe(expected);
  });
  it('cellText prints numbers plainly', () => expect(cellText(formCell({ kind: 'number', value: 24.5 }))).toBe('24.5'));
});

describe('SheetView', () => {
  const view = new SheetView(grid([['Chỉ tiêu', 'Thu NSNN', null], [null, 'KH', 'TH']], { merges: ['A1:A2', 'B1:C1'], hiddenRows: [2] }));
  it.each([[0, 0, 'Chỉ tiêu'], [1, 0, 'Chỉ tiêu'], [0, 2, 'Thu NSNN'], [1, 2, 'TH']])('shown(%i, %i) → %s', (r, c, text) => {
    expect(cellText(view.shown(r, c))).toBe(text);
  });
  it('counts a merged range once', () => {
    expect(view.distinctCells(0).map((d) => d.text)).toEqual(['Chỉ tiêu', 'Thu NSNN']);
    expect(view.distinctCells(1).map((d) => d.text)).toEqual(['KH', 'TH']);
  });
  it('knows hidden rows', () => {
    expect([view.isHiddenRow(1), view.isHiddenRow(0)]).toEqual([true, false]);
  });
});

describe('SheetView with hostile merges', () => {
  it.each([
    ['a merge over a million rows', ['A1:XFD1048576']],
    ['ten thousand overlapping merges', Array.from({ length: 10_000 }, () => 'A1:C3')],
    ['a merge beyond the cells', ['Z100:AB200']],
  ])('%s costs no more than the sheet', (_name, merges) => {
    const v = new SheetView(grid([['a', 'b', 'c'], [1, 2, 3], [4, 5, 6]], { merges }));
    expect(v.rowCount * v.colCount).toBe(9);
    expect(cellText(v.shown(2, 2))).toBe(merges[0] === 'Z100:AB200' ? '6' : 'a');
  });
});
