import { useId, useState } from 'react';
import type { ParseIssue } from '../../domain/issues';
import { formatBytes, LIMITS } from '../../domain/limits';
import { shortValue } from '../../domain/text/safe-text';
import { parseSchemeJson, schemeFileTooLarge, schemeToJson } from '../../domain/scoring/scoring-scheme-file';
import type { ScoringScheme } from '../../domain/scoring/scoring-scheme';
import { usePresenters } from '../../lib/language/use-presenters';
import { useRankingT } from './ranking-messages';

type ImportState = { kind: 'idle' } | { kind: 'ok'; file: string; warnings: ParseIssue[] } | { kind: 'failed'; file: string; issues: ParseIssue[] };

/** Download the scheme as JSON; import one back, with each problem named and explained. */
export function SchemeFileControls({ scheme, year, knownIndicators, onImport }: { scheme: ScoringScheme; year: number; knownIndicators: string[]; onImport: (s: ScoringScheme) => void }) {
  const rt = useRankingT();
  const { language } = usePresenters();
  const inputId = useId();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const href = `data:application/json;charset=utf-8,${encodeURIComponent(schemeToJson(scheme))}`;
  const describe = (i: ParseIssue) => `${i.message[language]}${i.value !== null ? ` (${shortValue(i.value)[language]})` : ''}`;
  const importFile = async (file: File) => {
    // A file over the limit is refused before it is read.
    const tooLarge = schemeFileTooLarge(file.size);
    if (tooLarge) return setState({ kind: 'failed', file: file.name, issues: [tooLarge] });
    const result = parseSchemeJson(await file.text(), knownIndicators);
    if (result.ok) {
      onImport(result.data);
      setState({ kind: 'ok', file: file.name, warnings: result.warnings });
    } else setState({ kind: 'failed', file: file.name, issues: result.issues });
  };
  return (
    <div className="scheme-files">
      <a className="button" href={href} download={`tieu-chi-thi-dua-${year}.json`}>{rt('exportScheme')}</a>
      <div className="file-field">
        <label htmlFor={inputId}>{rt('importScheme')}</label>
        <span id={`${inputId}-hint`} className="file-hint">{rt('schemeFileHint', { bytes: formatBytes(LIMITS.schemeBytes), criteria: LIMITS.schemeCriteria })}</span>
        <input
          id={inputId}
          aria-describedby={`${inputId}-hint`}
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {state.kind === 'failed' && (
        <div role="alert" className="import-message error">
          <p>{rt('importFailed', { file: state.file })}</p>
          <ul>{state.issues.map((i, n) => <li key={n}>{describe(i)}</li>)}</ul>
        </div>
      )}
      {state.kind === 'ok' && (
        <div aria-live="polite" className="import-message">
          <p>{rt('importOk', { file: state.file })}</p>
          {state.warnings.length > 0 && <ul>{state.warnings.map((i, n) => <li key={n}>{describe(i)}</li>)}</ul>}
        </div>
      )}
    </div>
  );
}
