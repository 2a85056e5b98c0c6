import type { ReactNode } from 'react';

/** The props of a windowed table body, shared by the light wrapper and the lazily loaded body. */
export interface RowProps {
  ref: (node: HTMLTableRowElement | null) => void;
  'data-index': number;
  /** The row's place among all rows, the header row being 1: a screen reader still says "row 512 of 701". */
  'aria-rowindex': number;
}

export interface WindowedRowsProps {
  count: number;
  columns: number;
  rowKey: (index: number) => string;
  renderRow: (index: number, props: RowProps) => ReactNode;
  estimate?: number;
}
