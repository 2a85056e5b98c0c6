import { useEffect } from 'react';

/** Lays the page out at the paper's width (see app/print.css) while set. */
const PRINT_LAYOUT = 'print-layout';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

const setPrintLayout = (on: boolean) => document.documentElement.classList.toggle(PRINT_LAYOUT, on);

/**
 * Charts size themselves to their box on screen, not at print time: lay the page out at the
 * paper's width, let the charts redraw, then open the print dialog (print or save as PDF).
 */
export async function printAtPaperWidth() {
  setPrintLayout(true);
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
