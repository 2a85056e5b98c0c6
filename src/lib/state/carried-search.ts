import { useOptimisticSearchParams } from 'nuqs/adapters/react-router/v7';

/**
 * The query string on screen now. A selection control writes the URL without a router navigation
 * (nuqs' shallow update), so the router's location lags behind it: read the URL through nuqs.
 */
export function useCurrentSearch(): string {
  const text = new URLSearchParams(useOptimisticSearchParams()).toString();
  return text ? `?${text}` : '';
}

/** Moving between views keeps the year, the period within it, the language and the area drilled into (?in=); other selections belong to their view. */
export function useCarriedSearch(extra: Record<string, string> = {}): string {
  const current = new URLSearchParams(useCurrentSearch());
  const next = new URLSearchParams();
  for (const key of ['year', 'period', 'lang', 'in']) {
    const value = current.get(key);
    if (value !== null) next.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) next.set(key, value);
  const text = next.toString();
  return text ? `?${text}` : '';
}
