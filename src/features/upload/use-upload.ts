import { useCallback, useRef, useState } from 'react';
import type { ParseIssue } from '../../domain/issues';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { PublicationRef } from '../../domain/publication/draft-base';
import type { AnalysisReport, UploadOptions, UploadStage } from '../../domain/upload/analyze-upload';
import { startAnalysis, type AnalysisJob } from '../../lib/dataset/upload-analysis';
import type { UploadFile } from '../../domain/upload/analyze-parts';
import { recallMapping } from './mapping-storage';
import { recallForm } from './form-storage';
import { forgetAreaAliases, recallAreaAliases } from './area-alias-storage';

/** The file, or the files dropped together, with the name they go by and their bytes in all. */
export interface Selection {
  name: string;
  files: readonly UploadFile[];
  size: number;
}

export type UploadPhase =
  | { kind: 'idle' }
  /** `stage`: decoding and splitting the file come first; then `done` of `total` rows are checked. */
  | { kind: 'analyzing'; stage: UploadStage | 'validate'; done: number; total: number }
  /** `baseId`: the version the analysis compared against; a commit is built on it. `basePublication`: the publication under it. */
  | { kind: 'ready'; analysis: AnalysisReport; baseId: number; basePublication: PublicationRef | null | undefined; job: AnalysisJob }
  | { kind: 'cancelled' }
  /** Refused before a byte was read: the file is over the size limit. */
  | { kind: 'refused'; name: string; issue: ParseIssue }
  | { kind: 'failed'; message: string };

/** What an analysis compares the file against: the data, its version, and the publication under it. */
export interface AnalysisBase {
  dataset: DatasetIndex | undefined;
  baseId: number;
  basePublication: PublicationRef | null | undefined;
}

/**
 * The analysis of one file: runs in a worker, re-runs when the analyst changes an option, can be
 * cancelled. It compares against the data on screen, or against `on` when given (data just loaded).
 */
export function useUpload(dataset: DatasetIndex | undefined, baseId: number, basePublication: PublicationRef | null | undefined) {
  const [file, setFile] = useState<Selection | null>(null);
  const [options, setOptions] = useState<UploadOptions>({});
  const [phase, setPhase] = useState<UploadPhase>({ kind: 'idle' });
  /** Area names mapped in an earlier upload, applied to this file without asking (and said so). */
  const [remembered, setRemembered] = useState<Record<string, string>>({});
  const job = useRef<AnalysisJob | null>(null);
  /** The form's header row and unit column came from an earlier upload of the same shape. */
  const [rememberedForm, setRememberedForm] = useState(false);

  const analyze = useCallback(
    (next: Selection, firstOptions: UploadOptions, on: AnalysisBase = { dataset, baseId, basePublication }) => {
      const base = on.dataset;
      if (!base) return;
      job.current?.cancel();
      setFile(next);
      const launch = (nextOptions: UploadOptions) => {
        setOptions(nextOptions);
        job.current?.cancel();
        setPhase({ kind: 'analyzing', stage: 'decode', done: 0, total: 0 });
        const started = startAnalysis(
          next.files, base, nextOptions,
          (done, total) => setPhase((p) => (p.kind === 'analyzing' ? { kind: 'analyzing', stage: 'validate', done, total } : p)),
          (stage) => setPhase((p) => (p.kind === 'analyzing' ? { ...p, stage } : p)),
        );
        job.current = started;
        started.result.then(
          (analysis) => {
            if (job.current !== started) return;
            // A form of a shape read before is read again with the header row and unit column chosen then;
            // a file whose headers were mapped before, with that mapping.
            const shape = analysis.forms?.[0]?.shapeKey;
            const form = nextOptions.form === undefined && shape !== undefined ? recallForm(shape) : undefined;
            const recalled = form || nextOptions.targets ? undefined : recallMapping(analysis.header);
            if (form) setRememberedForm(true);
            if (form) launch({ ...nextOptions, form });
            else if (recalled) launch({ ...nextOptions, targets: recalled });
            else setPhase({ kind: 'ready', analysis, baseId: on.baseId, basePublication: on.basePublication, job: started });
          },
          (error: unknown) => {
            if (job.current === started && !(error instanceof DOMException && error.name === 'AbortError')) setPhase({ kind: 'failed', message: String(error) });
          },
        );
      };
      launch(firstOptions);
    },
    [dataset, baseId, basePublication],
  );

  /** A new file: read with the area mapping remembered from earlier uploads. */
  const open = (next: Selection) => {
    const recalled = recallAreaAliases();
    setRememberedForm(false);
    setRemembered(recalled);
    analyze(next, Object.keys(recalled).length > 0 ? { areaAliases: recalled } : {});
  };
  /** Drops remembered names that turned out wrong, here and in storage, and reads the file again without them. */
  const forgetRemembered = (names: readonly string[]) => {
    forgetAreaAliases(names);
    const gone = new Set(names);
    setRemembered((was) => Object.fromEntries(Object.entries(was).filter(([name]) => !gone.has(name))));
    if (file) analyze(file, { ...options, areaAliases: Object.fromEntries(Object.entries(options.areaAliases ?? {}).filter(([name]) => !gone.has(name))) });
  };
  const cancel = () => {
    job.current?.cancel();
    job.current = null;
    setPhase({ kind: 'cancelled' });
  };
  const refuse = (name: string, issue: ParseIssue) => {
    job.current?.cancel();
    job.current = null;
    setFile(null);
    setPhase({ kind: 'refused', name, issue });
  };
  const reset = () => {
    job.current?.cancel();
    job.current = null;
    setFile(null);
    setOptions({});
    setRemembered({});
    setPhase({ kind: 'idle' });
  };
  return { file, options, phase, remembered, rememberedForm, open, analyze, forgetRemembered, cancel, refuse, reset };
}
