import { DatasetGate } from '../../components/notices/dataset-gate';
import { DrillBar } from '../../components/drill/drill-bar';
import { useDrill } from '../../components/drill/use-drill';
import { useIndicatorSubset } from '../../components/pickers/indicator-subset';
import { PageHeader } from '../../components/pickers/page-header';
import { PeriodLine, PeriodPicker, usePeriodChoice } from '../../components/pickers/period-picker';
import { usePeriodT } from '../../components/pickers/period-messages';
import { LevelLine } from '../../components/units/level-line';
import { unitPart } from '../../components/units/unit-list';
import { levelName } from '../../components/units/unit-names';
import { useUnitList } from '../../components/units/use-unit-list';
import { YearNotice } from '../../components/notices/year-notice';
import { YearPicker } from '../../components/pickers/year-picker';
import { useYearChoice } from '../../components/pickers/use-selected-year';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import { hasProvinceFigure } from '../../domain/dataset/province-summary';
import { usePresenters } from '../../lib/language/use-presenters';
import { KpiCard, KpiCardPlace } from './kpi-card';
import { MATRIX_LIST_DEFAULTS, StatusMatrix } from './status-matrix';
import { useProvinceSummary } from './use-province-summary';

/** One parent for one year (the province by default; a national dataset opens on the country): KPI cards of the parent, the matrix of its units. */
function Overview({ index: yearIndex }: { index: DatasetIndex }) {
  const { t } = usePresenters();
  const pt = usePeriodT();
  // A period within the year (?period=) is read as the year is, from its own index.
  const period = usePeriodChoice(yearIndex);
  const { index } = period;
  const choice = useYearChoice(index);
  const { year } = choice;
  const list = useUnitList(MATRIX_LIST_DEFAULTS);
  const drill = useDrill(index, year);
  const { parent: province, units, level } = drill;
  // Not again on every render: a link clicked re-renders the view it leaves (3,300 units × 50 indicators); a country's cards are made a slice at a time.
  const summary = useProvinceSummary(index, province, year, units);
  const { shown, notice } = useIndicatorSubset(summary.indicators);
  if (!province) return <p className="page-status">{t('noIndicatorsForYear', { year })}</p>;
  const summaries = summary.summaries?.filter((s) => shown.some((i) => i.id === s.indicator.id)) ?? null;
  // A slide of some former districts' communes shows their rows only; the cards are the whole province's.
  const part = unitPart(units, list[0].filter.former, (id) => index.area(id));
  const changeLabel = period.period ? pt('samePeriod') : undefined;
  return (
    <>
      <PageHeader title={drill.titleOf(province, year)}>
        <YearPicker index={index} year={year} />
        <PeriodPicker choice={period} />
      </PageHeader>
      <DrillBar index={index} choice={drill.choice} onDrill={drill.choice.drillTo} />
      <YearNotice choice={choice} what={drill.titleOf(province, choice.lacking?.requested ?? year)} />
      <PeriodLine choice={period} year={year} />
      <LevelLine level={level} total={units.length} part={part} />
      {notice}
      <section aria-labelledby="kpi-heading" data-slide={!part && summaries?.some(hasProvinceFigure) ? undefined : 'secondary'}>
        <h2 id="kpi-heading">{t('kpiTitle')}</h2>
        {summaries === null ? (
          <>
            <p className="page-status" role="status">{t('kpiMaking', { n: summary.indicators.length })}</p>
            {/* The cards' places, named, while they are made: the matrix below does not jump down a screen when they come. */}
            <ul className="kpi-grid" aria-hidden="true">
              {shown.map((i) => <KpiCardPlace key={i.id} indicator={i} />)}
            </ul>
          </>
        ) : summaries.length === 0 ? (
          <p className="no-data">{t('noIndicatorsForYear', { year })}</p>
        ) : (
          <ul className="kpi-grid">
            {summaries.map((s) => <KpiCard key={s.indicator.id} summary={s} year={year} units={units.length} level={levelName(level, t)} areaName={province.name} changeLabel={changeLabel} />)}
          </ul>
        )}
      </section>
      <StatusMatrix index={index} units={units} level={level} placeOf={drill.placeOf} year={year} only={shown} list={list} />
    </>
  );
}

export function OverviewPage() {
  return <DatasetGate>{(index) => <Overview index={index} />}</DatasetGate>;
}
