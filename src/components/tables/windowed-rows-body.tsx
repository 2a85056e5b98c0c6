import { measureElement as measureFromEntry, useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { startTransition, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

import type { WindowedRowsProps } from './windowed-rows-props';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, [tabindex="0"]';

/** Moves focus into a row that may not be in the page yet: scroll the window to it, then focus once it is drawn. */
function focusRow(body: HTMLTableSectionElement | null, virtualizer: Virtualizer<Window, Element>, count: number, target: number, step: 1 | -1, place: number | 'first' | 'last') {
  if (!body || target < 0 || target >= count) return;
  virtualizer.scrollToIndex(target, { align: 'auto' });
  let frames = 0;
  const attempt = () => {
    const row = body.querySelector<HTMLTableRowElement>(`tr[data-index="${target}"]`);
    if (!row) {
      if (++frames < 60) requestAnimationFrame(attempt);
      return;
    }
    const focusables = [...row.querySelectorAll<HTMLElement>(FOCUSABLE)];
    // A group heading row has nothing to focus: go on to the next row the same way.
    if (focusables.length === 0) return focusRow(body, virtualizer, count, target + step, step, place);
    const k = place === 'first' ? 0 : place === 'last' ? focusables.length - 1 : Math.min(place, focusables.length - 1);
    focusables[k]?.focus();
  };
  requestAnimationFrame(attempt);
}

/**
 * A row's height as the ResizeObserver reports it, after the browser's own layout of the frame. Read from
 * the row while React attaches it (offsetHeight, the library's default), it forced a layout of the whole
 * table inside the commit: a country's 50-column scorecard, 50–200 ms in one task. Until its report comes
 * (before the frame is painted), a row counts as the height it had, or the estimate.
 */
function measureRow(element: Element, entry: ResizeObserverEntry | undefined, virtualizer: Virtualizer<Window, Element>): number {
  if (entry) return measureFromEntry(element, entry, virtualizer);
  const index = virtualizer.indexFromElement(element);
  return virtualizer.itemSizeCache.get(virtualizer.options.getItemKey(index)) ?? virtualizer.options.estimateSize(index);
}

/**
 * A long table body windowed on the page's own scroll (TanStack Virtual). Nothing is lost to the
 * keyboard: Tab and Shift+Tab go on into rows not yet drawn, arrow keys move a row, Home/End go to
 * the first/last row; the table keeps aria-rowcount and each row its aria-rowindex.
 */
export default function WindowedRowsBody({ count, columns, rowKey, renderRow, estimate = 44 }: WindowedRowsProps) {
  const body = useRef<HTMLTableSectionElement>(null);
  // Unknown until the body is laid out: until then no row is drawn (a guess of 0 drew a screenful of rows the
  // first render, only to swap them for the right ones in the same task when the table is lower on the page).
  const [measured, setMargin] = useState<number | null>(null);
  const margin = measured ?? 0;
  // Where the rows start on the page moves when what is above them changes height (a chart drawn late, a panel opened).
  useLayoutEffect(() => {
    const measure = () => {
      if (!body.current) return;
      const top = body.current.getBoundingClientRect().top;
      const margin = top + window.scrollY;
      // Below the screen (a scorecard under a country's ranking), no row of it can show yet: its rows are made in
      // a later task, a few ms at a time, not in the commit that put the table in the page.
      if (top > window.innerHeight) startTransition(() => setMargin(margin));
      else setMargin(margin);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({ count, estimateSize: () => estimate, overscan: 10, scrollMargin: margin, getItemKey: rowKey, measureElement: measureRow });
  const items = measured === null ? [] : virtualizer.getVirtualItems();
  const before = items[0] ? items[0].start - margin : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) + margin : measured === null ? virtualizer.getTotalSize() : 0;
  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const target = e.target as HTMLElement;
    const row = target.closest<HTMLTableRowElement>('tr[data-index]');
    if (!row || e.altKey || e.metaKey) return;
    const i = Number(row.dataset.index);
    const focusables = [...row.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const k = focusables.indexOf(target);
    const move = (to: number, step: 1 | -1, place: number | 'first' | 'last') => {
      e.preventDefault();
      focusRow(body.current, virtualizer, count, to, step, place);
    };
    if (e.key === 'Tab' && !e.shiftKey && k === focusables.length - 1 && i < count - 1) move(i + 1, 1, 'first');
    else if (e.key === 'Tab' && e.shiftKey && k === 0 && i > 0) move(i - 1, -1, 'last');
    else if (e.key === 'ArrowDown' && i < count - 1) move(i + 1, 1, Math.max(k, 0));
    else if (e.key === 'ArrowUp' && i > 0) move(i - 1, -1, Math.max(k, 0));
    else if (e.key === 'End' && i < count - 1) move(count - 1, -1, Math.max(k, 0));
    else if (e.key === 'Home' && i > 0) move(0, 1, Math.max(k, 0));
  };
  return (
    <tbody ref={body} onKeyDown={onKeyDown}>
      {before > 0 && <tr aria-hidden="true" className="window-spacer"><td colSpan={columns} style={{ height: before }} /></tr>}
      {items.map((item) => renderRow(item.index, { ref: virtualizer.measureElement, 'data-index': item.index, 'aria-rowindex': item.index + 2 }))}
      {after > 0 && <tr aria-hidden="true" className="window-spacer"><td colSpan={columns} style={{ height: after }} /></tr>}
    </tbody>
  );
}
