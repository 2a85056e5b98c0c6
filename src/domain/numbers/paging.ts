/** Pages of a long list (small multiples of 700 units): the page shown, clamped, and its slice. */
export interface Page {
  /** 1-based. */
  page: number;
  pages: number;
  /** The slice [from, to) of the list. */
  from: number;
  to: number;
}

export function pageOf(total: number, perPage: number, requested: number | null): Page {
  const size = Math.max(1, Math.floor(perPage));
  const pages = Math.max(1, Math.ceil(Math.max(0, total) / size));
  const asked = requested !== null && Number.isInteger(requested) ? requested : 1;
  const page = Math.min(Math.max(asked, 1), pages);
  const from = (page - 1) * size;
  return { page, pages, from, to: Math.min(Math.max(0, total), from + size) };
}

/** The best and worst `n` of a sorted list, or the whole list when it is no longer than both together. */
export function topAndBottom<T>(rows: readonly T[], n: number): { top: T[]; bottom: T[]; hidden: number } {
  if (rows.length <= 2 * n) return { top: [...rows], bottom: [], hidden: 0 };
  return { top: rows.slice(0, n), bottom: rows.slice(rows.length - n), hidden: rows.length - 2 * n };
}
