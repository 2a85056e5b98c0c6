import { useMemo } from 'react';
import { Link } from 'react-router';
import { ChartFrame } from '../../components/charts/chart-frame';
import { DatasetGate } from '../../components/notices/dataset-gate';
import { PrintButton } from '../../components/export/print-button';
import { IndicatorPicker } from '../../components/pickers/indicator-picker';
import { PageHeader } from '../../components/pickers/page-header';
import { SelectField } from '../../components/pickers/select-field';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import { areasWithPeriods, indicatorsWithPeriods, inYearSeries, inYearYears, type InYearLatest, type InYearSeries } from '../../domain/dataset/in-year';
import type { Area, Indicator } from '../../domain/model';
import { FIGURE_KIND_LABELS, formatAsOf } from '../../domain/evaluation/figure-kind';
import { formatPercent, formatSigned } from '../../domain/numbers/format';
import { formatPeriod, periodLabel, runningTotalCode } from '../../domain/periods/period-code';
import { useAreaParam, useIndicatorParam, useYearParam } from '../../lib/state/use-selection';
import { usePresenters } from '../../lib/language/use-presenters';
import type { Presenters } from '../../lib/language/presenters';
import { InYearChart } from './in-year-chart';
import { useInYearT } from './in-year-messages';
import './in-year.css';

type T = ReturnType<typeof useInYearT>;

/** January to month m as reports name it: "tháng 1", "quý I", "6 tháng", "lũy kế 5 tháng". */
const periodTo = (month: number, language: 'vi' | 'en') => formatPeriod(runningTotalCode(month), language);
const periodFrom = (month: number, language: 'vi' | 'en') => periodLabel(runningTotalCode(month), language);

/** The change on the same period of last year: in % for figures that add up, in points for a rate ("+24,6%", "+1,20 điểm %"). */
const changeOf = (change: number, additive: boolean, language: 'vi' | 'en') =>
  additive ? `${formatSigned(change, language, 1)}%` : `${formatSigned(change, language, 2)} ${language === 'vi' ? 'điểm %' : 'pp'}`;


/** The latest month's reading as parts: the figure with its kind, % of the year's plan, change on last year, what is left. */
function latestParts(latest: InYearLatest, indicator: Indicator, year: number, p: Presenters, it: T): string[] {
  const { language } = p;
  const mark = latest.kind && latest.kind !== 'final' ? ` (${FIGURE_KIND_LABELS[latest.kind][language]}${latest.asOf ? ` · ${formatAsOf(latest.asOf, language)}` : ''})` : '';
  const percent = latest.percentOfYearPlan;
  const change = latest.changeOnLastYear;
  const changeText = change.kind === 'value'
    ? it('change', { change: changeOf(change.value, indicator.additive, language) })
    : it('noChange', { last: year - 1 });
  const gap = latest.gap;
  return [
    `${it('periodValue', { period: periodFrom(latest.month, language), value: p.figure(latest.value, indicator) })}${mark}`,
    percent.kind === 'value' ? it(latest.percentReported ? 'ofPlanPrinted' : 'ofPlan', { percent: formatPercent(percent.value, language, 1) }) : it('noPlan'),
    changeText,
    ...(gap.kind === 'remaining' && gap.monthsLeft > 0 ? [it('remaining', { amount: p.computed(gap.amount, indicator), months: gap.monthsLeft, perMonth: p.computed(gap.perMonth ?? gap.amount, indicator) })] : []),
    ...(gap.kind === 'reached' ? [it('reached', { beyond: p.computed(gap.beyond, indicator) })] : []),
  ];
}

interface UnitProgress { area: Area; series: InYearSeries }

function ProgressTable({ rows, indicator, year }: { rows: UnitProgress[]; indicator: Indicator; year: number }) {
  const { p } = usePresenters();
  const it = useInYearT();
  return (
    <section className="in-year-progress" aria-labelledby="in-year-progress-title">
      <h2 id="in-year-progress-title">{it('tableTitle', { indicator: p.name(indicator), year })}</h2>
      <table className="data-table in-year-table">
        <thead>
          <tr>
            <th scope="col">{it('colUnit')}</th>
            <th scope="col">{it('colPeriod')}</th>
            <th scope="col" className="num">{it(indicator.additive ? 'colSoFar' : 'colFigure')}</th>
            <th scope="col" className="num">{it('colLast', { year: year - 1 })}</th>
            <th scope="col" className="num">{it('colPercent')}</th>
            <th scope="col" className="num">{it('colChange')}</th>
            <th scope="col" className="num">{it('colGap')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ area, series }) => {
            const latest = series.latest;
            const last = latest ? series.months[latest.month - 1]!.lastYear.value : null;
            const change = latest?.changeOnLastYear;
            return (
              <tr key={area.id}>
                <th scope="row">{area.name}</th>
                <td>{latest ? periodTo(latest.month, p.language) : p.noValue({ kind: 'none', reason: 'no-data' })}</td>
                <td className="num">{latest ? p.figure(latest.value, indicator) : '—'}</td>
                <td className="num">{last === null ? '—' : p.figure(last, indicator)}</td>
                <td className="num">{latest?.percentOfYearPlan.kind === 'value' ? formatPercent(latest.percentOfYearPlan.value, p.language, 1) : '—'}</td>
                <td className="num">{change?.kind === 'value' ? changeOf(change.value, indicator.additive, p.language) : '—'}</td>
                <td className="num">{latest?.gap.kind === 'remaining' ? p.computed(latest.gap.amount, indicator) : latest?.gap.kind === 'reached' ? '✓' : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function NoPeriods() {
  const it = useInYearT();
  return (
    <section className="in-year-empty" role="note">
      <h1>{it('emptyTitle')}</h1>
      <p>{it('emptyBody')}</p>
      <p><Link className="button" to="/upload">{it('emptyLink')}</Link></p>
    </section>
  );
}

function InYear({ index }: { index: DatasetIndex }) {
  const { t, p } = usePresenters();
  const it = useInYearT();
  const [yearParam, setYear] = useYearParam();
  const [areaParam, setArea] = useAreaParam();
  const [indicatorParam, setIndicator] = useIndicatorParam();
  const years = useMemo(() => inYearYears(index), [index]);
  const year = yearParam !== null && years.includes(yearParam) ? yearParam : years.at(-1);
  const withPeriods = useMemo(() => (year === undefined ? new Set<string>() : areasWithPeriods(index, year)), [index, year]);
  if (year === undefined) return <NoPeriods />;
  const areaChoices = index.dataset.areas.filter((a) => withPeriods.has(a.id));
  const opening = index.province && withPeriods.has(index.province.id) ? index.province : areaChoices[0];
  const area = (areaParam !== null && withPeriods.has(areaParam) ? index.area(areaParam) : undefined) ?? opening;
  if (!area) return <NoPeriods />;
  const units = index.unitsOf(area.id, year).filter((u) => withPeriods.has(u.id));
  const indicators = indicatorsWithPeriods(index, [area.id, ...units.map((u) => u.id)], year);
  const indicator = indicators.find((i) => i.id === indicatorParam) ?? indicators[0];
  if (!indicator) return <NoPeriods />;
  const series = inYearSeries(index, area.id, indicator, year);
  const progress = [area, ...units].map((a) => ({ area: a, series: a.id === area.id ? series : inYearSeries(index, a.id, indicator, year) })).filter((r) => r.series.rows.length > 0);
  const chartTitle = it('chartTitle', { indicator: p.name(indicator), year });
  const figure = { unit: p.unit(indicator), maxDecimals: Math.max(indicator.decimals, 2) };
  return (
    <>
      <PageHeader title={it('title', { year, area: area.name })}>
        <SelectField label={t('year')} value={String(year)} options={[...years].reverse().map((y) => ({ value: String(y), label: String(y) }))} onChange={(v) => void setYear(Number(v))} />
        <SelectField label={it('areaLabel')} value={area.id} options={areaChoices.map((a) => ({ value: a.id, label: a.name }))} onChange={(id) => void setArea(id)} />
        <IndicatorPicker indicators={indicators} value={indicator.id} onChange={(id) => void setIndicator(id)} />
        <PrintButton />
      </PageHeader>
      {series.latest
        ? <p className="in-year-reading" data-testid="in-year-reading">{latestParts(series.latest, indicator, year, p, it).join('; ')}.</p>
        : <p className="in-year-reading">{it('noneYet', { indicator: p.name(indicator), year, area: area.name })}</p>}
      <ChartFrame
        title={chartTitle}
        caption={<>{it('chartCaption', { year, last: year - 1 })}{!indicator.additive && <> {it('rateCaption', { indicator: p.name(indicator) })}</>}</>}
        columns={[{ key: 'month', label: it('month') }, { key: 'current', label: it('legendCurrent', { year }), figure }, { key: 'lastYear', label: it('legendLast', { year: year - 1 }), figure }]}
        rows={series.months.map((m) => ({ month: periodTo(m.month, p.language), current: m.current.value === null ? '' : p.figure(m.current.value, indicator), lastYear: m.lastYear.value === null ? '' : p.figure(m.lastYear.value, indicator) }))}
        figures={series.months.map((m) => ({ current: m.current.value, lastYear: m.lastYear.value }))}
        unit={p.unit(indicator)}
        sources={[...new Set(series.rows.map((o) => o.source).filter((s) => s !== ''))]}
      >
        <InYearChart series={series} indicator={indicator} year={year} height={420} />
      </ChartFrame>
      <ProgressTable rows={progress} indicator={indicator} year={year} />
    </>
  );
}

export function InYearPage() {
  return <DatasetGate>{(index) => <InYear index={index} />}</DatasetGate>;
}
