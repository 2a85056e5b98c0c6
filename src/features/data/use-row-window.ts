import { useCallback, useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { RowSizes } from './row-sizes';

export interface RowWindow {
  /** The first and last row drawn. */
  first: number;
  last: number;
  /** Heights of the spacers standing for the rows above and below them. */
  before: number;
  after: number;
  /** The ref of each drawn row: its height is measured (and measured again when it changes). */
  measure: (node: HTMLTableRowElement | null) => void;
}

interface Range {
  first: number;
  last: number;
  /** Bumped when a drawn row's height turns out other than assumed: the spacers move. */
  version: number;
}

/** The drawn rows' heights, measured by one ResizeObserver into the current RowSizes; a change redraws. */
class DrawnRows {
  private sizes = new RowSizes(0, 1);
  private place: (remeasured: boolean) => void = () => {};
  private readonly observer = new ResizeObserver((entries) => {
    let changed = false;
    for (const entry of entries) {
      const node = entry.target as HTMLTableRowElement;
      if (node.isConnected && this.sizes.set(Number(node.dataset.index), node.getBoundingClientRect().height)) changed = true;
    }
    if (changed) this.place(true);
  });

  private readonly nodes = new Set<HTMLTableRowElement>();

  /** New measurements (new rows): the rows still drawn are measured again into them, their index may have changed. */
  follow(sizes: RowSizes, place: (remeasured: boolean) => void): void {
    const renewed = sizes !== this.sizes;
    this.sizes = sizes;
    this.place = place;
    if (renewed) for (const node of this.nodes) {
      this.observer.unobserve(node);
      this.observer.observe(node);
    }
  }

  measure(node: HTMLTableRowElement | null): (() => void) | undefined {
    if (!node) return undefined;
    this.nodes.add(node);
    this.observer.observe(node);
    return () => {
      this.nodes.delete(node);
      this.observer.unobserve(node);
    };
  }

  disconnect(): void {
    this.observer.disconnect();
  }
}

/**
 * Windowing on the page's own scroll for a table of any length: the rows drawn are measured (a
 * ResizeObserver), the others count as `estimate`, and no step goes over every row (RowSizes), so
 * 1.65 million rows cost what 165 do. `rows` is the table's identity: new rows forget the measurements.
 */
export function useRowWindow(body: RefObject<HTMLTableSectionElement | null>, rows: object, count: number, estimate = 44, overscan = 12): RowWindow {
  const sizes = useMemo(() => (rows ? new RowSizes(count, estimate) : new RowSizes(0, estimate)), [rows, count, estimate]);
  const [range, setRange] = useState<Range>(() => ({ first: 0, last: Math.min(count, Math.ceil(window.innerHeight / estimate) + overscan) - 1, version: 0 }));
  const [drawn] = useState(() => new DrawnRows());

  useLayoutEffect(() => {
    // The rows on screen from where the table is on the page; `remeasured` draws again even when they are the same rows.
    const place = (remeasured: boolean) => {
      const node = body.current;
      if (!node || sizes.count === 0) return;
      const top = -node.getBoundingClientRect().top;
      const first = Math.max(0, sizes.indexAt(top) - overscan);
      const last = Math.min(sizes.count - 1, sizes.indexAt(top + window.innerHeight) + overscan);
      setRange((r) => (r.first === first && r.last === last && !remeasured ? r : { first, last, version: r.version + 1 }));
    };
    drawn.follow(sizes, place);
    let frame = 0;
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(() => {
        frame = 0;
        place(false);
      });
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    // Called once on observing, then whenever what is above the table changes height.
    const page = new ResizeObserver(() => place(false));
    page.observe(document.body);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      page.disconnect();
    };
  }, [body, sizes, overscan, drawn]);

  useEffect(() => () => drawn.disconnect(), [drawn]);
  const measure = useCallback((node: HTMLTableRowElement | null) => drawn.measure(node), [drawn]);

  const first = Math.min(range.first, Math.max(0, count - 1));
  const last = Math.min(range.last, count - 1);
  return { first, last, before: sizes.start(first), after: Math.max(0, sizes.total - sizes.start(last + 1)), measure };
}
