import type { Indicator } from '../model';
import { closest, foldText, type Suggestion } from '../text/text-key';

export type IndicatorMatch = { ok: true; indicator: Indicator } | { ok: false; suggestions: Suggestion<Indicator>[] };

/** Finds an indicator by id or by its Vietnamese or English name, as reports write it. */
export function createIndicatorMatcher(indicators: readonly Indicator[]): (name: string) => IndicatorMatch {
  const byKey = new Map<string, Indicator>();
  const candidates = indicators.map((indicator) => {
    const keys = [indicator.id, indicator.nameVi, indicator.nameEn].map(foldText);
    for (const key of keys) byKey.set(key, indicator);
    return { item: indicator, label: `${indicator.nameVi} (${indicator.id})`, keys };
  });
  return (name) => {
    const found = byKey.get(foldText(name));
    return found ? { ok: true, indicator: found } : { ok: false, suggestions: closest(name, candidates) };
  };
}
