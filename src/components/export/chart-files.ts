import { downloadBlob, downloadText } from '../../lib/state/download';
import { chartCsv, chartTable, type ChartFigures, type CsvColumn } from './chart-csv';
import { paperColor, withExportStage } from './export-stage';
import { nodeToPng } from './png-image';
import { figureToSvg } from './svg-snapshot';
import type { ChartProvenance } from './use-chart-provenance';
import { downloadXlsx } from './xlsx-file';

/** Picture files, the table as CSV (international and Vietnamese number style) and as .xlsx. */
export type ChartFileKind = 'png' | 'svg' | 'csv' | 'csv-vi' | 'xlsx';

export const isTableFile = (kind: ChartFileKind): boolean => kind === 'csv' || kind === 'csv-vi' || kind === 'xlsx';

export interface ChartFileSource {
  figure: HTMLElement;
  title: string;
  columns: readonly CsvColumn[];
  rows: readonly Record<string, string>[];
  /** The numbers behind each row's figure columns, in the rows' order. */
  figures?: readonly ChartFigures[] | undefined;
  provenance: ChartProvenance;
}

/** Makes and downloads one file of a chart; each carries the title, selection, sources, data version and date. */
export async function downloadChartFile(kind: ChartFileKind, { figure, title, columns, rows, figures, provenance }: ChartFileSource): Promise<void> {
  const lines = provenance.lines(new Date());
  const fileName = provenance.fileName(title, kind === 'csv-vi' ? 'csv' : kind);
  if (kind === 'csv' || kind === 'csv-vi') return downloadText(fileName, chartCsv(title, lines, columns, rows, figures, kind === 'csv' ? 'en' : 'vi'));
  if (kind === 'xlsx') return downloadXlsx(fileName, [chartTable(title, lines, columns, rows, figures)]);
  const background = paperColor();
  await withExportStage(figure, lines, async (copy) => {
    if (kind === 'svg') return downloadText(fileName, figureToSvg(copy, title, background), 'image/svg+xml;charset=utf-8');
    downloadBlob(fileName, await nodeToPng(copy, { backgroundColor: background }));
  });
}
