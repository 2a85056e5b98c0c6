import { useState, type RefObject } from 'react';
import type { Localized } from '../../domain/issues';
import { shortValue, stripControls } from '../../domain/text/safe-text';
import { useT } from '../../lib/language/use-language';
import { downloadChartFile, isTableFile, type ChartFileKind, type ChartFileSource } from './chart-files';
import { exportFailureReason } from './export-failure';
import { useExportT } from './export-messages';

const KINDS: ChartFileKind[] = ['png', 'svg', 'csv', 'csv-vi', 'xlsx'];
const KIND_LABEL: Record<ChartFileKind, string> = { png: 'PNG', svg: 'SVG', csv: 'CSV', 'csv-vi': 'CSV (VN)', xlsx: 'XLSX' };

/** PNG (2×, for slides), SVG, CSV (two number styles) and .xlsx of one chart: plain buttons, reachable by Tab; a failure names the chart and why. */
export function ChartExportControls({ figure, beforeImage, ...source }: Omit<ChartFileSource, 'figure'> & { figure: RefObject<HTMLElement | null>; beforeImage?: () => Promise<void> }) {
  const say = useExportT();
  const { language } = useT();
  const [busy, setBusy] = useState<ChartFileKind | null>(null);
  const [failed, setFailed] = useState<{ kind: ChartFileKind; reason: Localized } | null>(null);
  const run = async (kind: ChartFileKind) => {
    if (!figure.current || busy) return;
    setBusy(kind);
    setFailed(null);
    try {
      // Charts drawn only near the screen are all drawn before a PNG or SVG is made of the figure.
      if (!isTableFile(kind)) await beforeImage?.();
      if (!figure.current) return;
      await downloadChartFile(kind, { ...source, figure: figure.current });
    } catch (error) {
      setFailed({ kind, reason: exportFailureReason(error) });
    } finally {
      setBusy(null);
    }
  };
  const title = shortValue(stripControls(source.title), 80)[language];
  return (
    <div className="chart-export" role="group" aria-label={say('group', { title: source.title })}>
      {KINDS.map((kind) => (
        <button key={kind} type="button" className="chart-export-button" aria-label={say(kind, { title: source.title })} aria-busy={busy === kind} onClick={() => void run(kind)}>
          {KIND_LABEL[kind]}
        </button>
      ))}
      {failed && <span role="alert" className="chart-export-failed">{say('failed', { kind: KIND_LABEL[failed.kind], title, reason: failed.reason[language] })}</span>}
    </div>
  );
}
