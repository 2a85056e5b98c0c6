import { wrap } from 'comlink';
import type { ReportDocument } from '../../../domain/report/document';
import { failureOf } from '../../../lib/worker-failure';
import type { ReportDocxApi } from './report-docx.worker';

/** The report's .docx, made in a worker of its own (ended once the file is made); where there is no worker, here. */
export async function makeReportDocx(doc: ReportDocument): Promise<Blob> {
  if (typeof Worker === 'undefined') return (await import('./report-docx')).reportDocx(doc);
  const worker = new Worker(new URL('./report-docx.worker.ts', import.meta.url), { type: 'module' });
  try {
    // A worker that cannot start fails the download with a message, never leaves it waiting.
    return await Promise.race([wrap<ReportDocxApi>(worker).make(doc), failureOf(worker, 'không khởi động được tiến trình tạo tệp .docx')]);
  } finally {
    worker.terminate();
  }
}
