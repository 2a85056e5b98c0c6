import { useExportT } from './export-messages';
import { printAtPaperWidth, usePrintLayoutEvents } from './print-layout';

/** "In / Lưu PDF": the view on A4 landscape, one chart to a page (app/print.css). */
export function PrintButton() {
  const say = useExportT();
  usePrintLayoutEvents();
  return (
    <button type="button" className="button secondary print-button" title={say('printLabel')} onClick={() => void printAtPaperWidth()}>
      {say('print')}
    </button>
  );
}
