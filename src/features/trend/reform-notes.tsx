import { Link } from 'react-router';
import { fullName } from '../../domain/areas/areas';
import type { Area, Indicator } from '../../domain/model';
import { useCarriedSearch } from '../../lib/state/carried-search';
import { usePresenters } from '../../lib/language/use-presenters';
import type { ReformTrend, TerritoryGap } from './reform-trend';
import { dayAfter, shownDate } from './shown-date';
import { useTrendT, type TrendMessageKey } from './trend-messages';


/** "2025, 2026" or "2016–2024": the years a reason applies to, runs joined by a dash. */
export function yearRuns(years: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const y of [...years].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
}

const names = (areas: readonly Area[]) => areas.map(fullName).join(', ');

/** The sentence for each reason a territory figure is missing, with the years it applies to. */
function gapLines(trend: ReformTrend, area: Area, tt: (k: TrendMessageKey, p?: Record<string, string>) => string, areaName: (id: string) => string, indicatorName: string): string[] {
  const territory = trend.territory;
  if (!territory) return [];
  const where = tt(territory.kind === 'former-district' ? 'territoryFormer' : 'territoryNew');
  const byText = new Map<string, number[]>();
  const sentence = (why: TerritoryGap, years: string) => {
    switch (why.kind) {
      case 'missing':
        return tt('gapMissing', { years, territory: where, areas: names(why.areas) });
      case 'spans':
        return tt('gapSpans', {
          years,
          area: fullName(area),
          spans: why.areas.map((u) => tt('spansOne', { unit: fullName(u), others: (u.predecessors ?? []).filter((p) => p !== area.id).map(areaName).join(', ') })).join('; '),
        });
      case 'not-additive':
        return tt('gapNotAdditive', { indicator: indicatorName, territory: where, years });
      case 'no-successors':
        return '';
    }
  };
  for (const gap of territory.gaps) {
    const key = sentence(gap.why, '{years}');
    if (key) byText.set(key, [...(byText.get(key) ?? []), gap.year]);
  }
  return [...byText].map(([text, years]) => text.replace('{years}', yearRuns(years)));
}

/** What the chart cannot say by itself: where the area's line stops or starts, what the dashed line is, and why a year has no sum. */
export function ReformNotes({ trend, area, indicator, areaOf }: { trend: ReformTrend; area: Area; indicator: Indicator; areaOf: (id: string) => Area | undefined }) {
  const tt = useTrendT();
  const { p } = usePresenters();
  const search = useCarriedSearch({ indicator: indicator.id });
  const hrefOf = (id: string) => `/trend${search}${search ? '&' : '?'}area=${encodeURIComponent(id)}`;
  const areaName = (id: string) => {
    const a = areaOf(id);
    return a ? fullName(a) : id;
  };
  const links = (areas: readonly Area[]) => (
    <ul className="reform-links">
      {areas.map((a) => <li key={a.id}><Link to={hrefOf(a.id)}>{fullName(a)}</Link></li>)}
    </ul>
  );
  const lastOwn = trend.points.filter((pt) => pt.actual !== null || pt.plan !== null).at(-1)?.year;
  const firstOwn = trend.points.find((pt) => pt.actual !== null || pt.plan !== null)?.year;
  const merged = trend.successors.length > 0 && trend.successors.every((s) => s.succession === 'merged_from');
  const territory = trend.territory;
  const parts = territory?.sums[0]?.parts.map((x) => x.area) ?? (territory?.kind === 'new-boundaries' ? trend.predecessors : trend.successors);
  const lines = gapLines(trend, area, tt, areaName, p.name(indicator));
  if (!area.validTo && !area.validFrom) return null;
  return (
    <div className="reform-notes" data-testid="reform-notes">
      {area.validTo && (
        <p>
          {merged
            ? tt('mergedInto', { area: fullName(area), successor: names(trend.successors), date: shownDate(dayAfter(area.validTo)) })
            : tt('ended', { area: fullName(area), date: shownDate(dayAfter(area.validTo)), year: String(lastOwn ?? Number(area.validTo.slice(0, 4)) - 1) })}
        </p>
      )}
      {area.validTo && trend.successors.length > 0 && (
        <nav aria-label={tt('successorsOffer', { year: dayAfter(area.validTo).slice(0, 4) })}>
          <p>{tt('successorsOffer', { year: dayAfter(area.validTo).slice(0, 4) })}</p>
          {links(trend.successors)}
        </nav>
      )}
      {area.validFrom && trend.predecessors.length > 0 && (
        <nav aria-label={tt('beganFrom')}>
          <p>{tt('began', { area: fullName(area), date: shownDate(area.validFrom), year: String(firstOwn ?? area.validFrom.slice(0, 4)) })} {tt('beganFrom')}</p>
          {links(trend.predecessors)}
        </nav>
      )}
      {territory && territory.sums.length > 0 && (
        <p className="territory-note">
          <span className="territory-swatch" aria-hidden="true" />
          {tt(territory.kind === 'former-district' ? 'territoryFormerDistrict' : 'territoryNewBoundaries', { parts: names(parts), area: fullName(area) })}
        </p>
      )}
      {lines.length > 0 && <ul className="territory-gaps">{lines.map((line) => <li key={line}>{line}</li>)}</ul>}
    </div>
  );
}
