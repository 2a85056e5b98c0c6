import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { DatasetIndex, TabularDataset } from '../../domain/dataset/dataset-index';
import type { AnalysisReport } from '../../domain/upload/analyze-upload';
import type { MergeMode } from '../../domain/upload/diff';
import type { VersionMeta } from '../../persistence/dataset-repository';
import type { AnalysisJob } from '../../lib/dataset/upload-analysis';
import type { CommitRequest } from '../../lib/dataset/use-versions';
import { DiffPanel } from './diff-panel';
import { rememberMapping } from './mapping-storage';
import { rememberAreaAliases } from './area-alias-storage';

type CommitMutation = UseMutationResult<VersionMeta, Error, CommitRequest>;

/**
 * Builds the merged dataset on the version the analysis was made against (`baseId`) and writes
 * it as one new version; the catalog gains what a JSON file defined. The merge is made in the
 * analysis's worker and arrives as columns. Storage refuses the write if another tab changed the
 * current version meanwhile.
 */
export function CommitSection({ index, analysis, job, baseId, fileName, busy, commit, onDone, onPreview }: { index: DatasetIndex; analysis: AnalysisReport; job: AnalysisJob; baseId: number; fileName: string; busy: boolean; commit: CommitMutation; onDone: (latestYear: number | null) => void; onPreview: (dataset: TabularDataset) => void }) {
  const [merging, setMerging] = useState<string | null>(null);
  const merge = async (mode: MergeMode) => {
    setMerging(null);
    try {
      return await job.merged(mode);
    } catch (error) {
      setMerging(String(error));
      return null;
    }
  };
  return (
    <>
      <DiffPanel
        index={index}
        analysis={analysis}
        busy={busy}
        onPreview={(mode) => void merge(mode).then((dataset) => dataset && onPreview(dataset))}
        onCommit={({ mode, note }) =>
          void merge(mode).then((dataset) => {
            if (!dataset) return;
            const counts = analysis.diffs[mode].counts;
            commit.mutate(
              { dataset, meta: { fileName, createdAt: new Date().toISOString(), note, counts }, baseId },
              {
                onSuccess: () => {
                  rememberMapping(analysis);
                  rememberAreaAliases(analysis.areaAliasesUsed);
                  onDone(analysis.latestYear);
                },
              },
            );
          })
        }
      />
      {merging && <p role="alert">{merging}</p>}
    </>
  );
}
