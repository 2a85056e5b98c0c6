import { useLocation } from 'react-router';

/** Moving between views keeps the year and language; other selections belong to their view. */
export function useCarriedSearch(extra: Record<string, string> = {}): string {
  const current = new URLSearchParams(useLocation().search);
  const next = new URLSearchParams();
  for (const key of ['year', 'lang']) {
    const value = current.get(key);
    if (value !== null) next.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) next.set(key, value);
  const text = next.toString();
  return text ? `?${text}` : '';
}
