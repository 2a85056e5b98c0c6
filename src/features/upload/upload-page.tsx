import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { DatasetGate } from '../../components/notices/dataset-gate';
import { PageHeader } from '../../components/pickers/page-header';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import { useCarriedSearch } from '../../lib/state/carried-search';
import { useDataset } from '../../lib/dataset/use-dataset';
import { formatBytes } from '../../domain/limits';
import { useT } from '../../lib/language/use-language';
import { usePresenters } from '../../lib/language/use-presenters';
import { useVersionActions } from '../../lib/dataset/use-versions';
import { CommitSection } from './commit-section';
import { openPreview } from '../../lib/dataset/preview-store';
import { DetectionPanel } from './detection-panel';
import { FileDrop } from './file-drop';
import { FormPanel } from './form-panel';
import { PartsPanel } from './parts-panel';
import { IssuesReport } from './issues-report';
import { MappingPanel } from './mapping-panel';
import { StaleAnalysisNotice, StorageFailure, StorageNotice } from './storage-notice';
import { DraftOnOldNotice, StaleBaseNotice, StalePublicationNotice } from './base-notices';
import { useBasedCommit } from './use-based-commit';
import { basePublicationOf, staleDraftOf, useRecheck } from './use-recheck';
import { StorageError } from '../../persistence/dataset-repository';
import { PublishSection } from './publish-section';
import { TemplateLinks } from './template-links';
import { TemplateFormPicker } from './template-form-picker';
import { useUpload, type AnalysisBase } from './use-upload';
import { useUploadT } from './upload-messages';
import { VersionsPanel } from './versions-panel';
import { resolveIndicator, unknownIndicatorNames, UnknownIndicatorsPanel } from './unknown-indicators-panel';
import { RememberedAreasNote, resolveArea, UnknownAreasPanel } from './unknown-areas-panel';
import { AreaCatalogPanel } from './area-catalog-panel';
import { CatalogExtraPanel } from './catalog-extra-panel';

function Upload({ index }: { index: DatasetIndex }) {
  const t = useUploadT();
  const { language } = useT();
  const { p } = usePresenters();
  const { data } = useDataset({ source: 'stored' });
  const navigate = useNavigate();
  const currentId = data?.state.currentId ?? 0;
  const currentBase = useMemo(() => basePublicationOf(data), [data]);
  const upload = useUpload(index, currentId, currentBase);
  const actions = useVersionActions();
  const [committedYear, setCommittedYear] = useState<number | null>(null);
  const overviewSearch = useCarriedSearch(committedYear ? { year: String(committedYear) } : {});
  const { phase, file, options } = upload;
  const catalogIndicators = [...index.dataset.indicators, ...(options.extraIndicators ?? [])];
  const catalogAreas = [...index.dataset.areas, ...(options.extraAreas ?? [])];
  const busy = actions.commit.isPending || actions.setCurrent.isPending || actions.remove.isPending;
  const reanalyze = (on?: AnalysisBase) => file && (actions.commit.reset(), upload.analyze(file, options, on));
  const staleVersion = phase.kind === 'ready' && phase.baseId !== currentId;
  // The same version, but this tab has since loaded another publication under it.
  const stalePublication = phase.kind === 'ready' && !staleVersion && phase.basePublication?.version !== currentBase?.version && currentBase ? currentBase : null;
  const stale = staleVersion || stalePublication !== null;
  const { commit, keepOlderBase } = useBasedCommit(actions.commit, phase.kind === 'ready' ? phase.basePublication : undefined);
  const { recheck, rechecking } = useRecheck(currentId, actions, (on) => void reanalyze(on));
  const staleDraft = staleDraftOf(data);
  const commitError = actions.commit.error;
  const staleBase = commitError instanceof StorageError && commitError.failure === 'stale-base' ? commitError : null;
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')}>
        <TemplateLinks indicators={index.dataset.indicators} />
      </PageHeader>
      <TemplateFormPicker index={index} />
      <StorageNotice error={actions.setCurrent.error ?? actions.remove.error} />
      {staleDraft && data?.version && phase.kind !== 'ready' && <DraftOnOldNotice id={data.version.id} base={staleDraft} busy={busy} onUsePublished={() => actions.setCurrent.mutate(0)} />}
      {actions.commit.isSuccess && phase.kind === 'idle' && (
        <p role="status" className="success-banner">
          {t('committed', { id: actions.commit.data.id })} {committedYear && <Link to={`/${overviewSearch}`}>{t('openOverview', { year: committedYear })}</Link>}
        </p>
      )}
      <FileDrop onFiles={upload.open} onRefused={upload.refuse} />
      {phase.kind === 'refused' && <p role="alert" className="upload-refused">{phase.issue.message[language]}</p>}
      {phase.kind === 'analyzing' && file && (
        <div className="upload-panel" role="status">
          <p>{t('analyzing', { name: file.name })}</p>
          {/* Decoding and splitting come before any row is counted: the bar moves without a figure until the rows are known. */}
          {phase.stage === 'validate' ? (
            <>
              <progress max={phase.total || 1} value={phase.done} aria-label={t('analyzing', { name: file.name })} />
              <span> {t('rowsDone', { done: p.number(phase.done), total: p.number(phase.total) })} </span>
            </>
          ) : (
            <>
              <progress aria-label={t('analyzing', { name: file.name })} />
              <span> {phase.stage === 'decode' ? t('stageDecode', { size: formatBytes(file.size) }) : t('stageParse')} </span>
            </>
          )}
          <button type="button" className="button secondary" onClick={upload.cancel}>{t('cancel')}</button>
        </div>
      )}
      {phase.kind === 'cancelled' && <p role="status">{t('cancelled')}</p>}
      {phase.kind === 'failed' && <p role="alert">{t('fileUnreadable')} {phase.message}</p>}
      {phase.kind === 'ready' && file && (
        <>
          {phase.analysis.workbooks && phase.analysis.workbooks.length > 0 && (
            <FormPanel workbooks={phase.analysis.workbooks} forms={phase.analysis.forms ?? []} options={options} areas={catalogAreas} remembered={upload.rememberedForm} onOptions={(o) => upload.analyze(file, o)} />
          )}
          {phase.analysis.parts && <PartsPanel parts={phase.analysis.parts} options={options} onOptions={(o) => upload.analyze(file, o)} />}
          {phase.analysis.readable && <DetectionPanel name={file.name} analysis={phase.analysis} options={options} onOptions={(o) => upload.analyze(file, o)} />}
          {phase.analysis.header.length > 0 && phase.analysis.layout !== 'json' && phase.analysis.layout !== 'areas' && !phase.analysis.extra && (
            <MappingPanel header={phase.analysis.header} targets={phase.analysis.targets} indicators={catalogIndicators} onChange={(targets) => upload.analyze(file, { ...options, targets })} />
          )}
          <UnknownIndicatorsPanel names={unknownIndicatorNames(phase.analysis)} indicators={catalogIndicators} onResolve={(name, id, defined) => upload.analyze(file, resolveIndicator(phase.analysis, options, name, id, defined))} />
          <RememberedAreasNote analysis={phase.analysis} remembered={upload.remembered} areas={catalogAreas} onForget={upload.forgetRemembered} />
          <UnknownAreasPanel unknown={phase.analysis.unknownAreas} areas={catalogAreas} onResolve={(name, id, defined) => upload.analyze(file, resolveArea(options, name, id, defined))} />
          <IssuesReport issues={phase.analysis.issues} classes={phase.analysis.issueClasses} validRows={phase.analysis.catalog?.validRows ?? phase.analysis.extra?.validRows ?? phase.analysis.validRows} fileName={file.name} />
          {staleVersion && !actions.commit.isError && <StaleAnalysisNotice currentId={currentId} onReanalyze={() => reanalyze()} />}
          {stalePublication && !actions.commit.isError && <StalePublicationNotice now={stalePublication} onReanalyze={() => reanalyze()} />}
          {phase.analysis.extra ? (
            <CatalogExtraPanel index={index} extra={phase.analysis.extra} baseId={phase.baseId} fileName={file.name} busy={busy || stale} commit={commit} onDone={() => (setCommittedYear(null), upload.reset())} />
          ) : phase.analysis.catalog ? (
            <AreaCatalogPanel index={index} analysis={phase.analysis} baseId={phase.baseId} fileName={file.name} busy={busy || stale} commit={commit} onMode={(catalogMode) => upload.analyze(file, { ...options, catalogMode })} onDone={() => (setCommittedYear(null), upload.reset())} />
          ) : <CommitSection index={index} analysis={phase.analysis} job={phase.job} baseId={phase.baseId} fileName={file.name} busy={busy || stale} commit={commit} onDone={(year) => (setCommittedYear(year), upload.reset())}
            onPreview={(dataset) => {
              openPreview({ dataset, fileName: file.name });
              const year = phase.analysis.latestYear;
              void navigate(year === null ? '/' : `/?year=${year}`);
            }}
          />}
          {staleBase && <StaleBaseNotice error={staleBase} currentId={currentId} rechecking={rechecking} busy={busy} onRecheck={recheck} onKeep={keepOlderBase} />}
          {actions.commit.isError && !staleBase && <StorageFailure error={actions.commit.error} unsaved={actions.commit.variables.dataset} onReanalyze={() => reanalyze()} />}
        </>
      )}
      {data && <VersionsPanel state={data.state} index={index} busy={busy} onUse={(id) => actions.setCurrent.mutate(id)} onDelete={(id) => actions.remove.mutate(id)} />}
      <PublishSection index={index} />
    </>
  );
}

export function UploadPage() {
  return <DatasetGate source="stored">{(index) => <Upload index={index} />}</DatasetGate>;
}
