import type { UseMutationResult } from '@tanstack/react-query';
import type { DatasetIndex } from '../../domain/dataset-index';
import type { Dataset } from '../../domain/model';
import type { UploadAnalysis } from '../../domain/upload/analyze-upload';
import { diffObservations, type MergeMode } from '../../domain/upload/diff';
import type { VersionMeta } from '../../persistence/dataset-repository';
import type { CommitRequest } from '../../lib/use-versions';
import { DiffPanel } from './diff-panel';
import { rememberMapping } from './mapping-storage';
import { rememberAreaAliases } from './area-alias-storage';

export const latestYear = (analysis: UploadAnalysis) => analysis.observations.reduce<number | null>((max, o) => (max === null || o.year > max ? o.year : max), null);

type CommitMutation = UseMutationResult<VersionMeta, Error, CommitRequest>;

/** The stored dataset with the file's rows merged in; the catalog gains what a JSON file or the analyst defined. */
function merged(current: Dataset, analysis: UploadAnalysis, mode: MergeMode) {
  const diff = diffObservations(current.observations, analysis.observations, mode);
  const dataset: Dataset = {
    areas: [...current.areas, ...(analysis.newAreas ?? [])],
    indicators: [...current.indicators, ...(analysis.newIndicators ?? [])],
    observations: diff.result,
  };
  return { dataset, diff };
}

/**
 * Builds the merged dataset on the version the analysis was made against (`baseId`) and writes
 * it as one new version; the catalog gains what a JSON file defined. Storage refuses the write
 * if another tab changed the current version meanwhile.
 */
export function CommitSection({ index, analysis, baseId, fileName, busy, commit, onDone, onPreview }: { index: DatasetIndex; analysis: UploadAnalysis; baseId: number; fileName: string; busy: boolean; commit: CommitMutation; onDone: (latestYear: number | null) => void; onPreview: (dataset: Dataset) => void }) {
  return (
    <DiffPanel
      index={index}
      analysis={analysis}
      busy={busy}
      onPreview={(mode) => onPreview(merged(index.fullDataset(), analysis, mode).dataset)}
      onCommit={({ mode, note }) => {
        const { dataset, diff } = merged(index.fullDataset(), analysis, mode);
        const counts = { added: diff.added.length, changed: diff.changed.length, unchanged: diff.unchanged.length, removed: diff.removed.length, total: diff.result.length };
        commit.mutate(
          { dataset, meta: { fileName, createdAt: new Date().toISOString(), note, counts }, baseId },
          {
            onSuccess: () => {
              rememberMapping(analysis);
              rememberAreaAliases(analysis.areaAliasesUsed);
              onDone(latestYear(analysis));
            },
          },
        );
      }}
    />
  );
}
