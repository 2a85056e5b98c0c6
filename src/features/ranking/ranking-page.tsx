import { useMemo, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { DatasetGate } from '../../components/notices/dataset-gate';
import { DrillBar } from '../../components/drill/drill-bar';
import { useParent } from '../../components/drill/use-parent';
import { PageHeader } from '../../components/pickers/page-header';
import { PrintButton } from '../../components/export/print-button';
import { sourcesAt } from '../../components/charts/evaluation-rows';
import { SelectField } from '../../components/pickers/select-field';
import { useSelectedYear } from '../../components/pickers/use-selected-year';
import { YearPicker } from '../../components/pickers/year-picker';
import { WINDOW_FROM } from '../../components/tables/windowed-rows';
import { useStagesShown } from '../../components/tables/use-stages-shown';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Area } from '../../domain/model';
import { hasRanking } from '../../domain/scoring/scoring';
import { includedCriteria } from '../../domain/scoring/scoring-scheme';
import { useCarriedSearch } from '../../lib/state/carried-search';
import { useAreaParam } from '../../lib/state/use-selection';
import { AwardsPanel } from './awards-panel';
import { ContributionChart } from './contribution-chart';
import { levelOfKey, useLevelT } from './level-messages';
import { useRankingT } from './ranking-messages';
import { areasAt, clusterOf, levelIn, type RankingModel } from './ranking-model';
import { RankingTable } from './ranking-table';
import { LevelNotices } from './level-notices';
import { ProvisionalNotice } from './provisional-notice';
import { SchemeEditor } from './scheme-editor';
import { SchemeLinkAlert } from './scheme-link-alert';
import { Scorecard } from './scorecard';
import { RankingDownloads } from './ranking-downloads';
import { slideRows } from './slide-rows';
import { UnitFilter, useUnitView } from './unit-filter';
import { useRankingModel } from './use-ranking-model';
import { useRankingLevel, useRankingScheme, type RankingScheme } from './use-ranking-params';
import type { RankingLevel } from './scheme-storage';
import { WhyPanel } from './why-panel';
import './ranking.css';

/** Up to this many units the contribution chart shows them all (a province's 38 communes); beyond, the top CHART_TOP. */
const CHART_ALL_UP_TO = 60;
const CHART_TOP = 30;

/**
 * The ranking is worked out by useRankingModel (a country's 3,300 communes × 50 criteria, for the
 * year and the year before, a few units per task), the page in RankingView once it is whole.
 */
function Ranking({ index }: { index: DatasetIndex }) {
  const rt = useRankingT();
  const lt = useLevelT();
  const [year] = useSelectedYear(index);
  const [asked, setLevel] = useRankingLevel();
  // The units of the area drilled into (?in=): a province's by default, any province's in a national dataset.
  const drill = useParent(index);
  const { parent } = drill;
  const level = levelIn(index, asked, year, parent);
  const known = useMemo(() => new Set(index.dataset.indicators.map((i) => i.id)), [index]);
  const scheme = useRankingScheme(level, known);
  const { model, pending } = useRankingModel(index, asked, year, scheme.scheme, parent);
  const making = pending && <p className="page-status" role="status">{rt('ranking', { n: areasAt(index, level, year, parent).length })}</p>;
  // While a new ranking is made the page keeps the one it had, and says so.
  if (model) return <RankingView index={index} model={model} setLevel={setLevel} drill={drill} scheme={scheme} making={making} />;
  return (
    <>
      <PageHeader title={rt('pageTitle', { year })} subtitle={subtitleOf(rt, lt, level, parent, level === 'cluster' ? clusterOf(index) : undefined)}>
        <YearPicker index={index} />
      </PageHeader>
      {level !== 'cluster' && <DrillBar index={index} choice={drill} onDrill={drill.drillTo} />}
      {making}
    </>
  );
}

function subtitleOf(rt: ReturnType<typeof useRankingT>, lt: ReturnType<typeof useLevelT>, level: RankingLevel, parent: Area | undefined, cluster: Area | undefined): string {
  return level === 'cluster' ? rt('pageSubtitleCluster', { cluster: cluster?.name ?? '' })
    : parent && parent.level !== 'province' ? lt('pageSubtitleUnitsOf', { level: level === 'commune' ? lt('levelCommune') : rt('levelDistrict'), parent: parent.name })
    : level === 'commune' ? lt('pageSubtitleCommunes', { province: parent?.name ?? '' })
    : rt('pageSubtitleDistricts', { province: parent?.name ?? '' });
}

/** Beyond this many units × criteria the ranking's page is committed a part per task (see RankingView). */
const STAGED_CELLS = 1_000;

type ViewProps = { index: DatasetIndex; setLevel: (level: RankingLevel) => void; drill: ReturnType<typeof useParent>; scheme: RankingScheme };

function RankingView({ index, model, setLevel, drill, scheme: { problems, setScheme, reset }, making }: ViewProps & { model: RankingModel; making: ReactNode }) {
  const rt = useRankingT();
  const lt = useLevelT();
  const { parent } = drill;
  const { year, level } = model;
  const [areaParam, setArea] = useAreaParam();
  const search = useCarriedSearch();
  const { search: locationSearch } = useLocation();
  const areaById = useMemo(() => new Map(model.areas.map((a) => [a.id, a])), [model.areas]);
  const view = useUnitView(index, model);
  // A long ranking (a country's 3,300 communes) or a wide one (38 communes × 60 criteria: 2,280 scorecard cells and
  // chart segments) shows its table first, then one part per task: the "why" panel and awards, the chart, the
  // editor, the scorecard (one commit of everything took 200–400 ms, and 1.2 s for the wide one).
  const desk = useStagesShown(4, model.ranking.length > WINDOW_FROM || model.ranking.length * model.scheme.criteria.length > STAGED_CELLS);
  const indicatorOf = (id: string) => index.indicator(id);
  // A country's districts share names across provinces ("Huyện Bắc 01"): name each with its province.
  const spans = useMemo(() => new Set(model.areas.map((a) => a.parent)).size > 1, [model.areas]);
  const nameOf = (a: Area) => (spans && a.parent ? `${a.name} · ${index.area(a.parent)?.name ?? a.parent}` : a.name);
  // Hundreds of stacked bars would read as nothing: a national chart shows the top of the list.
  const charted = view.rows.length > CHART_ALL_UP_TO ? view.rows.slice(0, CHART_TOP) : view.rows;
  const hasCluster = areasAt(index, 'cluster', year).length > 1;
  const unitsLevel = levelIn(index, null, year, parent);
  const levelName = level === 'cluster' ? rt('levelCluster') : level === 'commune' ? lt('levelCommune') : rt('levelDistrict');
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
  // A slide (?embed=1) shows one part of a long ranking (?rows=14-26), never the whole shrunk to fit.
  const slide = slideRows(new URLSearchParams(locationSearch), view.groups, model.ranking.length);
  const subtitle = subtitleOf(rt, lt, level, parent, model.cluster);
  return (
    <>
      <PageHeader title={rt('pageTitle', { year })} subtitle={subtitle}>
        {hasCluster && (
          <SelectField label={rt('level')} value={level} options={[{ value: unitsLevel, label: unitsLevel === 'commune' ? lt('levelCommune') : rt('levelDistrict') }, { value: 'cluster', label: rt('levelCluster') }]} onChange={(v) => setLevel(v === 'cluster' ? 'cluster' : unitsLevel)} />
        )}
        <YearPicker index={index} />
        <RankingDownloads index={index} model={model} nameOf={nameOf} />
        <PrintButton />
      </PageHeader>
      {level !== 'cluster' && <DrillBar index={index} choice={drill} onDrill={drill.drillTo} />}
      {making}
      <p className="ranking-level" data-testid="ranking-level" data-slide-rows={model.ranking.length}>
        {lt('levelLine', { level: lt(levelOfKey(model.rankedLevel)), count: model.areas.length })}
        {slide.part && <> · {lt('slidePart', { ...slide.part, count: model.ranking.length })}</>}
      </p>
      <ProvisionalNotice index={index} model={model} nameOf={nameOf} />
      <SchemeLinkAlert problems={problems} onReset={reset} />
      <LevelNotices model={model} onAdopt={(s) => setScheme({ ...s, level: model.rankedLevel })} />
      {model.scorable.length === 0 && model.isDefault ? (
        <div className="page-status">
          <p>{rt('noScorableYear', { year, level: levelName.toLowerCase() })}</p>
          {model.scorableYears().length > 0 && (
            <p>{rt('yearsWithData')} {model.scorableYears().map((y) => <Link key={y} to={yearLink(y)} className="year-link">{y}</Link>)}</p>
          )}
        </div>
      ) : (
        <>
          {view.filterable && <div data-slide="secondary"><UnitFilter view={view} total={model.ranking.length} /></div>}
          <div className="ranking-top">
            <RankingTable model={model} groups={slide.groups} areaById={areaById} selected={selected} onExplain={explain} nameOf={nameOf} />
            {selected && desk > 0 && <div data-slide="secondary"><WhyPanel model={model} areaById={areaById} indicatorOf={indicatorOf} selected={selected} onSelect={(a) => void setArea(a)} /></div>}
          </div>
          {!hasRanking(model.ranking) && <p className="no-data">{rt('noneToRank', { year })}</p>}
          {desk > 0 && <div data-slide="secondary"><AwardsPanel model={model} awards={index.dataset.awards} areaById={areaById} /></div>}
          {/* A slide of the ranking shows the table; the rest is for the desk. */}
          {desk > 1 && (
            <div data-slide="secondary">
              {charted.length < view.rows.length && <p className="chart-caption">{lt('chartTopOnly', { n: charted.length, total: view.rows.length })}</p>}
              <RankingChart index={index} model={model} charted={charted} areaById={areaById} />
              {desk > 2 && <SchemeEditor model={model} indicatorOf={indicatorOf} onChange={setScheme} onReset={reset} knownIndicators={index.dataset.indicators.map((i) => i.id)} />}
              {desk > 3 && <Scorecard index={index} model={model} groups={view.groups} nameOf={nameOf} />}
            </div>
          )}
        </>
      )}
    </>
  );
}

/** The contribution chart of the units charted, with the sources of every criterion ranked. */
function RankingChart({ index, model, charted, areaById }: { index: DatasetIndex; model: RankingModel; charted: RankingModel['ranking']; areaById: Map<string, Area> }) {
  // Once per ranking: 3,300 communes × 50 criteria.
  const sources = useMemo(() => sourcesAt(index, model.areas.map((a) => a.id), model.year, includedCriteria(model.scheme).map((c) => c.indicator)), [index, model]);
  return <ContributionChart model={{ ...model, ranking: charted }} areaById={areaById} indicatorOf={(id) => index.indicator(id)} sources={sources} />;
}

export function RankingPage() {
  return <DatasetGate>{(index) => <Ranking index={index} />}</DatasetGate>;
}
