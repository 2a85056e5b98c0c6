import { TableDownloads } from '../../components/export/table-downloads';
import { useChartProvenance } from '../../components/export/use-chart-provenance';
import { reportFormTables } from '../../domain/spreadsheet/office-form';
import { useReportT } from './report-messages';
import type { ReportModel } from './use-report-model';

/** The report's summary and unit tables as .xlsx in the office form (STT | Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện | So sánh (%)). */
export function ReportSheets({ model }: { model: ReportModel | null }) {
  const say = useReportT();
  const provenance = useChartProvenance(undefined, model?.document.sources ?? []);
  const title = say('sheetsTitle', { year: model?.review.year ?? '' });
  return (
    <TableDownloads
      what={title}
      disabled={!model}
      fileName={(extension) => provenance.fileName(title, extension)}
      tables={() => (model ? reportFormTables(model.review, provenance.lines(new Date())) : [])}
    />
  );
}
