import { useMemo } from 'react';
import { Link } from 'react-router';
import { DatasetGate } from '../../components/dataset-gate';
import { PageHeader } from '../../components/page-header';
import { PrintButton } from '../../components/export/print-button';
import { sourcesOf } from '../../components/evaluation-rows';
import { SelectField } from '../../components/select-field';
import { useSelectedYear } from '../../components/use-selected-year';
import { YearPicker } from '../../components/year-picker';
import type { DatasetIndex } from '../../domain/dataset-index';
import { hasRanking } from '../../domain/scoring';
import { includedCriteria } from '../../domain/scoring-scheme';
import { useCarriedSearch } from '../../lib/carried-search';
import { useAreaParam } from '../../lib/use-selection';
import { ContributionChart } from './contribution-chart';
import { useRankingT } from './ranking-messages';
import { areasAt, rankingModel } from './ranking-model';
import { RankingTable } from './ranking-table';
import { SchemeEditor } from './scheme-editor';
import { SchemeLinkAlert } from './scheme-link-alert';
import { Scorecard } from './scorecard';
import { useRankingLevel, useRankingScheme } from './use-ranking-params';
import { WhyPanel } from './why-panel';
import './ranking.css';

function Ranking({ index }: { index: DatasetIndex }) {
  const rt = useRankingT();
  const [year] = useSelectedYear(index);
  const [level, setLevel] = useRankingLevel();
  const known = useMemo(() => new Set(index.dataset.indicators.map((i) => i.id)), [index]);
  const { scheme: chosen, problems, setScheme, reset } = useRankingScheme(level, known);
  const [areaParam, setArea] = useAreaParam();
  const search = useCarriedSearch();
  const model = useMemo(() => rankingModel(index, level, year, chosen), [index, level, year, chosen]);
  const areaById = useMemo(() => new Map(model.areas.map((a) => [a.id, a])), [model.areas]);
  const indicatorOf = (id: string) => index.indicator(id);
  const hasCluster = areasAt(index, 'cluster', year).length > 1;
  const levelName = rt(level === 'cluster' ? 'levelCluster' : 'levelDistrict');
  const explain = (area: string) => {
    void setArea(area);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('#why-panel h2')?.focus());
  };
  const selected = model.ranking.some((r) => r.area === areaParam) ? areaParam : (model.ranking[0]?.area ?? null);
  const yearLink = (y: number) => {
    const params = new URLSearchParams(search);
    params.set('year', String(y));
    if (level === 'cluster') params.set('level', 'cluster');
    return `/ranking?${params.toString()}`;
  };
  return (
    <>
      <PageHeader
        title={rt('pageTitle', { year })}
        subtitle={level === 'cluster' ? rt('pageSubtitleCluster', { cluster: model.cluster?.name ?? '' }) : rt('pageSubtitleDistricts', { province: index.province?.name ?? '' })}
      >
        {hasCluster && (
          <SelectField label={rt('level')} value={level} options={[{ value: 'district', label: rt('levelDistrict') }, { value: 'cluster', label: rt('levelCluster') }]} onChange={(v) => setLevel(v === 'cluster' ? 'cluster' : 'district')} />
        )}
        <YearPicker index={index} />
        <PrintButton />
      </PageHeader>
      <SchemeLinkAlert problems={problems} onReset={reset} />
      {model.scorable.length === 0 && model.isDefault ? (
        <div className="page-status">
          <p>{rt('noScorableYear', { year, level: levelName.toLowerCase() })}</p>
          {model.scorableYears.length > 0 && (
            <p>{rt('yearsWithData')} {model.scorableYears.map((y) => <Link key={y} to={yearLink(y)} className="year-link">{y}</Link>)}</p>
          )}
        </div>
      ) : (
        <>
          <div className="ranking-top">
            <RankingTable model={model} areaById={areaById} selected={selected} onExplain={explain} />
            {selected && <div data-slide="secondary"><WhyPanel model={model} areaById={areaById} indicatorOf={indicatorOf} selected={selected} onSelect={(a) => void setArea(a)} /></div>}
          </div>
          {!hasRanking(model.ranking) && <p className="no-data">{rt('noneToRank', { year })}</p>}
          {/* A slide of the ranking shows the table; the rest is for the desk. */}
          <div data-slide="secondary">
            <ContributionChart model={model} areaById={areaById} indicatorOf={indicatorOf} sources={sourcesOf(model.areas.flatMap((a) => includedCriteria(model.scheme).map((c) => index.evaluation(a.id, model.year, c.indicator))))} />
            <SchemeEditor model={model} indicatorOf={indicatorOf} onChange={setScheme} onReset={reset} knownIndicators={index.dataset.indicators.map((i) => i.id)} />
            <Scorecard index={index} model={model} />
          </div>
        </>
      )}
    </>
  );
}

export function RankingPage() {
  return <DatasetGate>{(index) => <Ranking index={index} />}</DatasetGate>;
}
