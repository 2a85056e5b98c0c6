import { lazy, Suspense, useEffect, useState } from 'react';
import type { WindowedRowsProps } from './windowed-rows-props';

/** Up to this many rows a table is whole (print and find-in-page see every row); beyond, only the rows near the screen are in the page. */
export const WINDOW_FROM = 300;

export type { RowProps, WindowedRowsProps } from './windowed-rows-props';

// The windowing code (TanStack Virtual) loads only when a table is long enough to need it, or ahead of
// the first view of a dataset with that many areas (preloadWindowedRows).
type Body = typeof import('./windowed-rows-body').default;
let loaded: Body | null = null;
const loadBody = () => import('./windowed-rows-body').then((m) => (loaded = m.default));
const WindowedRowsBody = lazy(() => loadBody().then((body) => ({ default: body })));

/**
 * The windowing code, loaded before the first view of a dataset with more areas than a table shows
 * whole (DatasetGate): its long tables are then windowed at once, not first drawn as 30 whole rows
 * (1,500 cells of a country's matrix, thrown away a moment later, most often below the screen).
 */
export function useWindowingReady(needed: boolean): boolean {
  const [ready, setReady] = useState(loaded !== null);
  useEffect(() => {
    if (!needed || ready) return;
    let current = true;
    // A failed load is the lazy table's to report (its view's error boundary): the view is not held back.
    const done = () => current && setReady(true);
    loadBody().then(done, done);
    return () => {
      current = false;
    };
  }, [needed, ready]);
  return ready || !needed;
}

/** Rows drawn while the windowing code loads: the first screenful, as the windowed body starts. */
const FIRST_ROWS = 30;
const noRef = () => undefined;

function FirstRows({ count, rowKey, renderRow }: WindowedRowsProps) {
  return <tbody>{Array.from({ length: Math.min(count, FIRST_ROWS) }, (_, i) => <RowAt key={rowKey(i)} index={i} renderRow={renderRow} />)}</tbody>;
}

const RowAt = ({ index, renderRow }: { index: number; renderRow: WindowedRowsProps['renderRow'] }) => renderRow(index, { ref: noRef, 'data-index': index, 'aria-rowindex': index + 2 });

/**
 * A long table body windowed on the page's own scroll (windowed-rows-body.tsx). Nothing is lost to
 * the keyboard: Tab and Shift+Tab go on into rows not yet drawn, arrow keys move a row, Home/End go
 * to the first/last row; the table keeps aria-rowcount and each row its aria-rowindex.
 */
export function WindowedRows(props: WindowedRowsProps) {
  const Loaded = loaded;
  if (Loaded) return <Loaded {...props} />;
  return (
    <Suspense fallback={<FirstRows {...props} />}>
      <WindowedRowsBody {...props} />
    </Suspense>
  );
}
