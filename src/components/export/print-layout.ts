import { useEffect } from 'react';
import { chartsDrawn } from '../charts/charts-drawn';

/** Lays the page out at the paper's width (see app/print.css) while set. */
const PRINT_LAYOUT = 'print-layout';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

// Charts drawn only near the screen (near-screen.tsx) are all drawn while the page is laid out for paper.
const listeners = new Set<() => void>();
let printLayout = false;

/** Whether the page is laid out for paper; `subscribe` tells when that changes (for useSyncExternalStore). */
export const isPrintLayout = () => printLayout;
export function subscribePrintLayout(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

const setPrintLayout = (on: boolean) => {
  document.documentElement.classList.toggle(PRINT_LAYOUT, on);
  if (printLayout === on) return;
  printLayout = on;
  for (const listener of listeners) listener();
};

/**
 * Charts size themselves to their box on screen, not at print time: lay the page out at the
 * paper's width, let the charts redraw, then open the print dialog (print or save as PDF).
 */
export async function printAtPaperWidth() {
  setPrintLayout(true);
  // Charts not yet drawn (off screen) are drawn now; then each redraws at the paper's width.
  await chartsDrawn(document.querySelector('main') ?? document.body);
  for (let i = 0; i < 3; i++) await nextFrame();
  window.print();
}

/** Ctrl+P too gets the paper-width layout (charts that cannot redraw in time are scaled by print.css). */
export function usePrintLayoutEvents() {
  useEffect(() => {
    const before = () => setPrintLayout(true);
    const after = () => setPrintLayout(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      after();
    };
  }, []);
}
