import { LabelList, Line } from 'recharts';
import { ChartFrame } from '../../components/charts/chart-frame';
import { useChartText } from '../../components/charts/chart-text';
import { TrendChart } from '../../components/charts/trend-chart';
import { yearsWithFigures } from '../../components/charts/trend-series';
import { DatasetGate } from '../../components/notices/dataset-gate';
import { evaluationColumns, evaluationFigures, evaluationRow, sourcesOf } from '../../components/charts/evaluation-rows';
import { PrintButton } from '../../components/export/print-button';
import { IndicatorPicker } from '../../components/pickers/indicator-picker';
import { PageHeader } from '../../components/pickers/page-header';
import { SelectField } from '../../components/pickers/select-field';
import { SERIES_COLORS } from '../../components/status/status-style';
import { AreaSearch } from '../../components/drill/area-search';
import { useParent } from '../../components/drill/use-parent';
import { defaultYear, type DatasetIndex } from '../../domain/dataset/dataset-index';
import { ancestry, unitsUnder } from '../../domain/dataset/drill-down';
import type { Area } from '../../domain/model';
import { useAreaParam, useIndicatorParam } from '../../lib/state/use-selection';
import { usePresenters } from '../../lib/language/use-presenters';
import { ReformNotes } from './reform-notes';
import { targetMarks } from '../../components/charts/target-marks';
import { targetText } from '../../components/status/target-line';
import { multiYearTargets } from '../../domain/dataset/multi-year-targets';
import { reformTrend } from './reform-trend';
import { unitTitle } from './unit-label';
import { useTrendT } from './trend-messages';
import './trend.css';

/** A province's areas (a few dozen) are all offered; beyond, the area's own line (above it, beside it, under it) and the search box. */
const ALL_AREAS_UP_TO = 200;

function areaChoices(index: DatasetIndex, areas: Area[], area: Area): Area[] {
  if (areas.length <= ALL_AREAS_UP_TO) return areas;
  const near = [...ancestry(index, area), ...areas.filter((a) => a.parent === area.parent || a.parent === area.id)];
  return [...new Map(near.map((a) => [a.id, a])).values()];
}

/** The area a trend opens on: the parent drilled into when it has figures of its own (a province), else its first unit. */
function openingArea(index: DatasetIndex, parent: Area | undefined): Area | undefined {
  if (!parent || index.indicatorsWithData([parent.id]).length > 0) return parent;
  const year = defaultYear(index);
  return (year === undefined ? undefined : unitsUnder(index, parent.id, year).units[0]) ?? parent;
}

function Trend({ index }: { index: DatasetIndex }) {
  const { t, p } = usePresenters();
  const tt = useTrendT();
  const text = useChartText();
  const [areaParam, setArea] = useAreaParam();
  const [indicatorParam, setIndicator] = useIndicatorParam();
  const { parent } = useParent(index);
  const areas = index.dataset.areas.filter((a) => a.level !== 'cluster');
  const area = index.area(areaParam ?? '') ?? openingArea(index, parent) ?? areas[0];
  if (!area) return null;
  // A unit's trend across the reform also draws on the units before and after it.
  const related = [area.id, ...index.dataset.areas.filter((a) => a.predecessors?.includes(area.id)).map((a) => a.id), ...(area.predecessors ?? [])];
  const available = index.indicatorsWithData(related);
  // Open on the indicator with the longest history for the area.
  const longest = [...available].sort((a, b) => yearsWithFigures(index, area.id, b.id).length - yearsWithFigures(index, area.id, a.id).length)[0];
  const indicator = index.indicator(indicatorParam ?? '') ?? longest ?? index.dataset.indicators[0];
  if (!indicator) return null;
  const trend = reformTrend(index, area, indicator);
  const { points } = trend;
  const title = t('trendOf', { indicator: p.name(indicator), area: unitTitle(area, tt) });
  const choices = available.some((i) => i.id === indicator.id) ? available : [indicator, ...available];
  const territoryName = tt(trend.territory?.kind === 'new-boundaries' ? 'legendNewBoundaries' : 'legendFormerDistrict');
  const hasTerritory = points.some((pt) => pt.territory !== null);
  const figureUnit = { unit: p.unit(indicator), decimals: indicator.decimals };
  const columns = [...evaluationColumns(t, { key: 'year', label: t('year') }, figureUnit), ...(trend.territory ? [{ key: 'territory', label: territoryName, figure: { unit: figureUnit.unit } }] : [])];
  const targets = multiYearTargets(index, area.id, indicator);
  const drawn = points.some((pt) => pt.actual !== null || pt.plan !== null || pt.derivedPlan !== null || pt.territory !== null);
  return (
    <>
      <PageHeader title={title}>
        <SelectField label={tt('areaLabel')} value={area.id} options={areaChoices(index, areas, area).map((a) => ({ value: a.id, label: unitTitle(a, tt) }))} onChange={(id) => void setArea(id)} />
        <AreaSearch index={index} onChoose={(a) => void setArea(a.id)} />
        <IndicatorPicker indicators={choices} value={indicator.id} onChange={(id) => void setIndicator(id)} />
        <PrintButton />
      </PageHeader>
      <ChartFrame
        title={title}
        className="repeats-page-title"
        caption={t('gapsExplain')}
        columns={columns}
        rows={points.map((pt) => ({
          ...evaluationRow(p, ['year', String(pt.year)], pt.evaluation, indicator),
          ...(trend.territory ? { territory: pt.territory === null ? p.status('no-data') : p.figure(pt.territory, indicator) } : {}),
        }))}
        figures={points.map((pt) => ({ ...evaluationFigures(pt.evaluation), ...(trend.territory ? { territory: pt.territory } : {}) }))}
        unit={p.unit(indicator)}
        sources={sourcesOf(points.map((pt) => pt.evaluation))}
      >
        {drawn ? (
          <TrendChart points={points} indicator={indicator} areaName={unitTitle(area, tt)} height={460}>
            {targetMarks(targets, indicator.direction, p.language, text.size(14))}
            {hasTerritory && (
              <Line dataKey="territory" name={territoryName} stroke={SERIES_COLORS.actual} strokeWidth={2.5} strokeDasharray="9 6" dot={{ r: 7, fill: SERIES_COLORS.ground, stroke: SERIES_COLORS.actual, strokeWidth: 3, strokeDasharray: 'none' }} activeDot={{ r: 8 }} isAnimationActive={false} connectNulls={false}>
                <LabelList dataKey="territory" position="top" offset={12} formatter={(v: unknown) => (typeof v === 'number' ? `Σ ${p.number(v)}` : '')} style={{ fontSize: text.size(14), fontWeight: 600, fill: SERIES_COLORS.label }} />
              </Line>
            )}
          </TrendChart>
        ) : <p className="no-data">{t('noData')}</p>}
      </ChartFrame>
      {targets.map((x) => <p key={x.observation.period} className="target-line" data-testid="target-line">{targetText(x, indicator, t, p)}</p>)}
      <ReformNotes trend={trend} area={area} indicator={indicator} areaOf={(id) => index.area(id)} />
    </>
  );
}

export function TrendPage() {
  return <DatasetGate>{(index) => <Trend index={index} />}</DatasetGate>;
}
