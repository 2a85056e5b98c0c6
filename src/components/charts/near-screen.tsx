import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { isPrintLayout, subscribePrintLayout } from '../export/print-layout';
import './near-screen.css';

/** Set by a chart frame while it makes a file of itself: every chart inside is drawn, near the screen or not. */
export const DrawAllCharts = createContext(false);

/** How far outside the screen a chart is drawn already, so scrolling meets drawn charts. */
const MARGIN = '600px 0px';

// Charts that came near the screen wait here and are drawn one per task: ten Recharts charts at once are a
// task of several hundred ms; one at a time, the page answers between them.
const waiting: (() => void)[] = [];
let releasing = false;
function drawSoon(draw: () => void) {
  waiting.push(draw);
  if (releasing) return;
  releasing = true;
  const next = () => {
    waiting.shift()?.();
    if (waiting.length > 0) setTimeout(next, 0);
    else releasing = false;
  };
  setTimeout(next, 0);
}

/** Whether every chart must be drawn now: on paper, on a slide (?embed=1) or in a file being made. */
function useDrawAll(): boolean {
  const inFile = useContext(DrawAllCharts);
  const printing = useSyncExternalStore(subscribePrintLayout, isPrintLayout, () => false);
  const embedded = new URLSearchParams(useLocation().search).get('embed') === '1';
  return inFile || printing || embedded;
}

/**
 * A chart drawn once it comes near the screen: a unit's 50 indicators are 100 Recharts charts, and
 * drawing them all at once is a second-long task. Until then a box of the chart's height holds its
 * figures as text (`figures`), so nothing is lost; once drawn, a chart stays. Print, slides and a
 * file of the chart draw every chart at once. Where the browser cannot tell (no
 * IntersectionObserver), the chart is drawn at once.
 */
export function NearScreen({ height, figures, children }: { height: number; figures: ReactNode; children: ReactNode }) {
  const drawAll = useDrawAll();
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const box = useRef<HTMLDivElement>(null);
  const drawn = near || drawAll;
  useEffect(() => {
    const node = box.current;
    if (drawn || !node) return;
    let queued = false;
    let live = true;
    const observer = new IntersectionObserver(
      (entries) => {
        if (queued || !entries.some((e) => e.isIntersecting)) return;
        queued = true;
        observer.disconnect();
        drawSoon(() => live && setNear(true));
      },
      { rootMargin: MARGIN },
    );
    observer.observe(node);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [drawn]);
  if (drawn) return children;
  return (
    <div ref={box} className="chart-pending" data-chart-pending="" style={{ minHeight: height }}>
      {figures}
    </div>
  );
}
