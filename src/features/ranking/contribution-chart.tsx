import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../components/charts/chart-frame';
import { useChartText } from '../../components/charts/chart-text';
import { NearScreen } from '../../components/charts/near-screen';
import { SERIES_COLORS } from '../../components/status/status-style';
import type { Area, Indicator } from '../../domain/model';
import { usePresenters } from '../../lib/language/use-presenters';
import { contributionBars, contributionSeries } from './contribution-rows';
import { criterionColor } from './criterion-colors';
import { formatPoints } from './rank-format';
import { useRankingT } from './ranking-messages';
import type { RankingModel } from './ranking-model';

/** Each area's score as a stack of criterion contributions, in rank order. */
export function ContributionChart({ model, areaById, indicatorOf, sources }: { model: RankingModel; areaById: Map<string, Area>; indicatorOf: (id: string) => Indicator | undefined; sources: readonly string[] }) {
  const rt = useRankingT();
  const { p } = usePresenters();
  const text = useChartText();
  const bars = contributionBars(model.ranking, areaById, (n) => formatPoints(n, p));
  const series = contributionSeries(model.ranking, indicatorOf);
  const unscored = model.ranking.filter((r) => r.score.kind === 'none').map((r) => areaById.get(r.area)?.name ?? r.area);
  const top = Math.ceil(Math.max(100, ...bars.map((b) => b.score)) / 25) * 25;
  const height = bars.length * text.size(46) + 40 + Math.ceil(series.length / 3) * text.size(24);
  const ticks = Array.from({ length: top / 25 + 1 }, (_, i) => i * 25);
  // The table's keys are the chart's own (label, criterionN, score), never an indicator id.
  const points = { unit: rt('points'), maxDecimals: 2 };
  const columns = [{ key: 'label', label: rt('colArea') }, ...series.map((s) => ({ key: s.key, label: p.name(s.indicator), figure: points })), { key: 'score', label: rt('colScore'), figure: points }];
  const rows = bars.map((b) => ({
    label: b.label,
    ...Object.fromEntries(series.map((s) => [s.key, formatPoints(b[s.key] ?? 0, p)])),
    score: formatPoints(b.score, p),
  }));
  return (
    <ChartFrame
      title={rt('chartTitle', { year: model.year })}
      caption={<>{rt('chartCaption')}{unscored.length > 0 && <> {rt('chartUnscored', { list: unscored.join(', ') })}</>}</>}
      columns={columns}
      rows={rows}
      figures={bars.map((b) => ({ ...Object.fromEntries(series.map((s) => [s.key, b[s.key] ?? 0])), score: b.score }))}
      sources={sources}
      className="contribution-frame"
    >
      {bars.length > 0 && (
        // Below the ranking table: drawn when scrolled near (a national chart is 30 stacks of up to 50 criteria).
        <NearScreen height={height} figures={bars.map((b) => <p key={b.area}>{b.label}</p>)}>
          <ResponsiveContainer width="100%" height={height}>
            <BarChart data={bars} layout="vertical" margin={{ top: text.size(26), right: 32, bottom: 8, left: 8 }}>
              <CartesianGrid stroke={SERIES_COLORS.grid} strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" domain={[0, top]} ticks={ticks} tickFormatter={(v: number) => p.number(v, 0)} tick={text.tick(14)} />
              <YAxis type="category" dataKey="label" width={text.size(260)} tick={text.tick(14)} />
              <ReferenceLine x={100} stroke={SERIES_COLORS.plan} strokeDasharray="4 3" label={{ value: rt('planLine'), position: 'top', fontSize: text.size(12), fill: SERIES_COLORS.axis }} />
              <Tooltip formatter={(value, name) => [`${formatPoints(Number(value), p)} ${rt('points')}`, String(name)]} cursor={{ fill: SERIES_COLORS.cursor }} itemStyle={{ color: SERIES_COLORS.label }} />
              <Legend itemSorter={null} wrapperStyle={{ fontSize: text.size(13) }} formatter={text.legendText} />
              {series.map((s) => (
                <Bar key={s.key} dataKey={s.key} name={p.name(s.indicator)} stackId="score" fill={criterionColor(model.scheme.criteria.findIndex((c) => c.indicator === s.indicator.id))} stroke={SERIES_COLORS.ground} strokeWidth={1} barSize={text.size(26)} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </NearScreen>
      )}
    </ChartFrame>
  );
}
