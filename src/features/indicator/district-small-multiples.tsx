import { parseAsInteger, useQueryState } from 'nuqs';
import { ChartFrame } from '../../components/charts/chart-frame';
import { Pager } from '../../components/tables/pager';
import { useChartText } from '../../components/charts/chart-text';
import { NearScreen } from '../../components/charts/near-screen';
import { TrendChart } from '../../components/charts/trend-chart';
import { TrendFigures } from '../../components/charts/trend-figures';
import { hasPlottedPoint, trendSeries } from '../../components/charts/trend-series';
import { evaluationColumns, evaluationFigures, evaluationRow, sourcesOf } from '../../components/charts/evaluation-rows';
import { sliceGroups, type UnitGroup } from '../../components/units/unit-list';
import { pageOf } from '../../domain/numbers/paging';
import { SELECTION_OPTIONS } from '../../lib/state/use-selection';
import { useIndicatorT } from './indicator-messages';
import { unitYears } from './unit-years';
import { formerLabel, levelName } from '../../components/units/unit-names';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Area, AreaLevel, Indicator } from '../../domain/model';
import type { TrendPoint } from '../../components/charts/trend-series';
import type { Presenters } from '../../lib/language/presenters';
import { usePresenters } from '../../lib/language/use-presenters';

/** "2019: 203% KH" for a district whose reports printed only a % of plan. */
function percentOnlySummary(points: TrendPoint[], p: Presenters): string | null {
  const printed = points.flatMap((pt) => (pt.evaluation?.percent.kind === 'value' ? [`${pt.year}: ${p.percent(pt.evaluation.percent)}`] : []));
  return printed.length > 0 ? printed.join(' · ') : null;
}

/** Up to this many units every small multiple is on the page (a province's 38 communes); beyond, pages of PER_PAGE. */
const ALL_UP_TO = 60;
const PER_PAGE = 24;

/**
 * Each unit's trend for the indicator, on the same years so they compare at a glance; many units under
 * their former district. Hundreds of units come a page at a time (?page=), never hundreds of charts at once.
 */
export function DistrictSmallMultiples({ index, groups, indicator, level, nameOf = (a) => a.name }: { index: DatasetIndex; groups: UnitGroup[]; indicator: Indicator; level: AreaLevel | null; nameOf?: (area: Area) => string }) {
  const { t, p, language } = usePresenters();
  const text = useChartText();
  const it = useIndicatorT();
  const [asked, setPage] = useQueryState('page', parseAsInteger.withOptions(SELECTION_OPTIONS));
  const ids = new Set(groups.flatMap((g) => g.units.map((u) => u.id)));
  const years = unitYears(index, ids, indicator.id);
  if (years.length === 0) return null;
  const total = ids.size;
  const page = pageOf(total, total > ALL_UP_TO ? PER_PAGE : Math.max(total, 1), asked);
  const shown = total > ALL_UP_TO ? sliceGroups(groups, page.from, page.to) : groups;
  const pager = (
    <Pager
      page={page}
      label={it('pages')}
      pageText={it('pageOf', { page: page.page, pages: page.pages })}
      unitsText={it('pageUnits', { from: page.from + 1, to: page.to, total })}
      previous={it('previousPage')}
      next={it('nextPage')}
      onPage={(n) => void setPage(n === 1 ? null : n)}
    />
  );
  const item = (area: Area) => {
    const points = trendSeries(index, area.id, indicator.id, years);
    return (
      <li key={area.id}>
        <ChartFrame
          headingLevel={3}
          title={t('trendOf', { indicator: p.name(indicator), area: nameOf(area) })}
          columns={evaluationColumns(t, { key: 'year', label: t('year') }, { unit: p.unit(indicator), decimals: indicator.decimals })}
          rows={points.map((pt) => evaluationRow(p, ['year', String(pt.year)], pt.evaluation, indicator))}
          figures={points.map((pt) => evaluationFigures(pt.evaluation))}
          unit={p.unit(indicator)}
          showUnit={false}
          sources={sourcesOf(points.map((pt) => pt.evaluation))}
        >
          {hasPlottedPoint(points) ? (
            // 24 (or 60) charts at once are a second-long task: each is drawn as it comes near the screen.
            <NearScreen height={text.size(180)} figures={<TrendFigures points={points} indicator={indicator} />}>
              <TrendChart points={points} indicator={indicator} areaName={area.name} height={180} compact />
            </NearScreen>
          ) : (
            <p className="no-data small-multiple-empty">{percentOnlySummary(points, p) ?? t('noData')}</p>
          )}
        </ChartFrame>
      </li>
    );
  };
  return (
    <section aria-labelledby="small-multiples" data-slide="secondary">
      <h2 id="small-multiples">{t('smallMultiplesTitle', { units: levelName(level, t) })}</h2>
      <p className="chart-caption">{t('gapsExplain')}</p>
      {pager}
      {shown.map((group) => (
        <div key={group.former?.id ?? 'all'} className="small-multiples-group">
          {group.former && <h3 className="group-heading">{formerLabel(group.former, language, t)}</h3>}
          <ul className="small-multiples">{group.units.map(item)}</ul>
        </div>
      ))}
    </section>
  );
}
