import { downloadBlob, downloadText } from '../../lib/state/download';
import { chartCsv, type CsvColumn } from './chart-csv';
import { paperColor, withExportStage } from './export-stage';
import { nodeToPng } from './png-image';
import { figureToSvg } from './svg-snapshot';
import type { ChartProvenance } from './use-chart-provenance';

export type ChartFileKind = 'png' | 'svg' | 'csv';

export interface ChartFileSource {
  figure: HTMLElement;
  title: string;
  columns: readonly CsvColumn[];
  rows: readonly Record<string, string>[];
  provenance: ChartProvenance;
}

/** Makes and downloads one file of a chart; each carries the title, selection, sources, data version and date. */
export async function downloadChartFile(kind: ChartFileKind, { figure, title, columns, rows, provenance }: ChartFileSource): Promise<void> {
  const lines = provenance.lines(new Date());
  const fileName = provenance.fileName(title, kind);
  if (kind === 'csv') return downloadText(fileName, chartCsv(title, lines, columns, rows));
  const background = paperColor();
  await withExportStage(figure, lines, async (copy) => {
    if (kind === 'svg') return downloadText(fileName, figureToSvg(copy, title, background), 'image/svg+xml;charset=utf-8');
    downloadBlob(fileName, await nodeToPng(copy, { backgroundColor: background }));
  });
}
