import { useState, type RefObject } from 'react';
import { downloadChartFile, type ChartFileKind, type ChartFileSource } from './chart-files';
import { useExportT } from './export-messages';

const KINDS: ChartFileKind[] = ['png', 'svg', 'csv'];

/** PNG (2×, for slides), SVG and CSV of one chart: three plain buttons, reachable by Tab. */
export function ChartExportControls({ figure, ...source }: Omit<ChartFileSource, 'figure'> & { figure: RefObject<HTMLElement | null> }) {
  const say = useExportT();
  const [busy, setBusy] = useState<ChartFileKind | null>(null);
  const [failed, setFailed] = useState(false);
  const run = async (kind: ChartFileKind) => {
    if (!figure.current || busy) return;
    setBusy(kind);
    setFailed(false);
    try {
      await downloadChartFile(kind, { ...source, figure: figure.current });
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="chart-export" role="group" aria-label={say('group', { title: source.title })}>
      {KINDS.map((kind) => (
        <button key={kind} type="button" className="chart-export-button" aria-label={say(kind, { title: source.title })} aria-busy={busy === kind} onClick={() => void run(kind)}>
          {kind.toUpperCase()}
        </button>
      ))}
      {failed && <span role="alert" className="chart-export-failed">{say('failed')}</span>}
    </div>
  );
}
