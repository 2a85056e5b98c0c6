import './pager.css';
import type { Page } from '../../domain/numbers/paging';

/** "Trang 1/30" with previous and next: one page of a long list of charts, the page in the URL. */
export function Pager({ page, label, pageText, unitsText, previous, next, onPage }: { page: Page; label: string; pageText: string; unitsText: string; previous: string; next: string; onPage: (page: number) => void }) {
  if (page.pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label} data-slide="secondary">
      <button type="button" className="button secondary" disabled={page.page <= 1} onClick={() => onPage(page.page - 1)}>‹ {previous}</button>
      <span className="pager-text" aria-live="polite"><strong>{pageText}</strong> · {unitsText}</span>
      <button type="button" className="button secondary" disabled={page.page >= page.pages} onClick={() => onPage(page.page + 1)}>{next} ›</button>
    </nav>
  );
}
