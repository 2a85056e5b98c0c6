import { useNavigate, useParams } from 'react-router';
import { ChartFrame } from '../../components/charts/chart-frame';
import { ComparisonChart } from '../../components/charts/comparison-chart';
import { evaluationColumns, evaluationFigures, evaluationRow, sourcesOf } from '../../components/charts/evaluation-rows';
import { PrintButton } from '../../components/export/print-button';
import { DatasetGate } from '../../components/notices/dataset-gate';
import { DrillBar } from '../../components/drill/drill-bar';
import { useDrill } from '../../components/drill/use-drill';
import { IndicatorPicker } from '../../components/pickers/indicator-picker';
import { PageHeader } from '../../components/pickers/page-header';
import { PeriodLine, PeriodPicker, usePeriodChoice, type PeriodChoice } from '../../components/pickers/period-picker';
import { LevelLine } from '../../components/units/level-line';
import { arrangeUnits, groupByFormer, hasFormerUnits, unitPart } from '../../components/units/unit-list';
import { UnitListTools } from '../../components/units/unit-list-tools';
import { formerLabel, levelName } from '../../components/units/unit-names';
import { useUnitList } from '../../components/units/use-unit-list';
import { indicatorYears } from '../../components/pickers/year-choice';
import { YearNotice } from '../../components/notices/year-notice';
import { YearPicker } from '../../components/pickers/year-picker';
import { useStagesShown } from '../../components/tables/use-stages-shown';
import { useYearChoice } from '../../components/pickers/use-selected-year';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Area, Indicator } from '../../domain/model';
import { formatPeriod } from '../../domain/periods/period-code';
import { useCarriedSearch } from '../../lib/state/carried-search';
import { usePresenters } from '../../lib/language/use-presenters';
import { comparisonRows } from './comparison-rows';
import { DistrictSmallMultiples } from './district-small-multiples';
import { CHART_ALL_UP_TO, TopBottomComparison } from './top-bottom';

/** The comparison ranks units by % of plan; grouping by former district is the reader's choice. */
const COMPARISON_LIST_DEFAULTS = { sort: 'percent', grouped: false };
/** Up to this many units (a province's 8 districts) the page mounts whole; beyond, its parts come a task apart. */
const STAGED_FROM_UNITS = 12;

function IndicatorView({ index: yearIndex }: { index: DatasetIndex }) {
  const { t } = usePresenters();
  const period = usePeriodChoice(yearIndex);
  const { index } = period;
  const params = useParams();
  const withData = index.province ? index.indicatorsWithData([index.province.id, ...index.dataset.areas.filter((a) => a.parent === index.province?.id).map((a) => a.id)]) : [];
  const indicatorId = params.indicator ?? withData[0]?.id ?? index.dataset.indicators[0]?.id ?? '';
  const indicator = index.indicator(indicatorId);
  if (!indicator) return <p className="page-status" role="alert">{t('unknownIndicator', { id: indicatorId })}</p>;
  return <IndicatorOfYear index={index} indicator={indicator} period={period} />;
}

function IndicatorOfYear({ index, indicator, period }: { index: DatasetIndex; indicator: Indicator; period: PeriodChoice }) {
  const { t, p, language } = usePresenters();
  const navigate = useNavigate();
  const search = useCarriedSearch();
  // Opens on the indicator's own latest year with results, not the dataset's (an indicator without a 2020 figure).
  const { years, latest } = indicatorYears(index, indicator.id);
  const choice = useYearChoice(index, { years, fallback: latest });
  const { year } = choice;
  const [list, setList] = useUnitList(COMPARISON_LIST_DEFAULTS);
  const drill = useDrill(index, year);
  const { units, level } = drill;
  // "Huyện Bắc 01" is in every province: a national list names each unit's province.
  const nameOf = (area: Area) => { const place = drill.placeOf(area); return place ? `${area.name} · ${place}` : area.name; };
  const many = hasFormerUnits(units);
  const percentOf = (unit: Area) => {
    const percent = index.evaluation(unit.id, year, indicator.id)?.percent;
    return percent?.kind === 'value' ? percent.value : null;
  };
  const sort = list.sort === 'name' || list.sort === 'catalog' ? list.sort : 'percent';
  const groups = many ? arrangeUnits(units, { ...list, sort }, (id) => index.area(id), percentOf) : [{ former: null, units }];
  const shownUnits = groups.flatMap((g) => g.units);
  const order = many && sort !== 'percent' ? 'given' : 'percent';
  const rows = comparisonRows(index, shownUnits, indicator, year, p, order, nameOf);
  const percentOnly = rows.filter((r) => r.plan === null && r.actual === null);
  // A period's figures say so in the title every export carries ("… năm 2025: các xã — 6 tháng").
  const periodName = period.period ? formatPeriod(period.period, language) : '';
  const when = periodName ? `${periodName} ${year}` : String(year);
  const title = t('comparisonTitle', { indicator: p.name(indicator), year, units: levelName(level, t) }) + (periodName ? ` — ${periodName}` : '');
  const chartOf = (groupUnits: Area[]) => comparisonRows(index, groupUnits, indicator, year, p, order, nameOf).filter((r) => r.plan !== null || r.actual !== null);
  const charted = chartOf(shownUnits);
  const max = Math.max(0, ...charted.flatMap((r) => [r.plan ?? 0, r.actual ?? 0]));
  // A country's page (3,300 communes) mounted whole was one task of 200–350 ms, a province's 38 communes one of 600 ms:
  // beyond a province's districts the small multiples come two tasks after the comparison (its bottom chart, one).
  const stages = useStagesShown(2, units.length > STAGED_FROM_UNITS);
  return (
    <>
      <PageHeader title={p.name(indicator)} subtitle={`${p.unit(indicator)} · ${when}`}>
        <IndicatorPicker indicators={index.dataset.indicators} value={indicator.id} onChange={(id) => void navigate(`/indicator/${id}${search}`)} />
        <YearPicker index={index} year={year} />
        <PeriodPicker choice={period} />
        <PrintButton />
      </PageHeader>
      <DrillBar index={index} choice={drill.choice} onDrill={drill.choice.drillTo} />
      <YearNotice choice={choice} what={p.name(indicator)} />
      <PeriodLine choice={period} year={year} />
      <LevelLine level={level} total={units.length} part={unitPart(units, list.filter.former, (id) => index.area(id))} />
      {many && (
        <UnitListTools
          choice={{ ...list, sort }}
          onChange={setList}
          formerUnits={groupByFormer(units, (id) => index.area(id)).flatMap((g) => (g.former ? [g.former] : []))}
          sortOptions={[{ value: 'percent', label: t('sortPercent') }, { value: 'name', label: t('sortName') }, { value: 'catalog', label: t('sortCatalog') }]}
          shown={shownUnits.length}
          total={units.length}
        />
      )}
      <ChartFrame
        title={title}
        caption={<>{t('comparisonSorted')}{percentOnly.length > 0 && <><br />{t('percentOnlyAreas', { list: percentOnly.map((r) => `${r.areaName} (${r.percentLabel})`).join(', ') })}</>}</>}
        columns={evaluationColumns(t, { key: 'area', label: t('area') }, { unit: p.unit(indicator), decimals: indicator.decimals })}
        rows={rows.map((r) => evaluationRow(p, ['area', r.areaName], r.evaluation, indicator))}
        figures={rows.map((r) => evaluationFigures(r.evaluation))}
        unit={p.unit(indicator)}
        sources={sourcesOf(rows.map((r) => r.evaluation))}
      >
        {charted.length === 0 ? (
          <p className="no-data">{rows.length === 0 ? t('noIndicatorsForYear', { year }) : t('noData')}</p>
        ) : list.grouped && many ? (
          groups.map((group) => {
            const groupRows = chartOf(group.units);
            return (
              <section key={group.former?.id ?? 'all'} className="comparison-group" data-former={group.former?.id}>
                {group.former && <h3>{formerLabel(group.former, language, t)}</h3>}
                {groupRows.length > 0 ? <ComparisonChart rows={groupRows} indicator={indicator} max={max} /> : <p className="no-data">{t('noData')}</p>}
              </section>
            );
          })
        ) : charted.length > CHART_ALL_UP_TO ? (
          <TopBottomComparison rows={charted} indicator={indicator} />
        ) : (
          <ComparisonChart rows={charted} indicator={indicator} />
        )}
      </ChartFrame>
      {stages > 1 && <DistrictSmallMultiples index={index} groups={groups} indicator={indicator} level={level} nameOf={nameOf} />}
    </>
  );
}

export function IndicatorPage() {
  return <DatasetGate>{(index) => <IndicatorView index={index} />}</DatasetGate>;
}
