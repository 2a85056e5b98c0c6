import { wrap } from 'comlink';
import type { ReportDocument } from '../../../domain/report/document';
import { failureOf } from '../../../workers/worker-failure';
import type { ReportDocxApi } from './report-docx.worker';

/** A promise that fails when the reader cancels (the worker is then ended, whatever it was doing). */
function cancelledBy(signal: AbortSignal | undefined): Promise<never> {
  const cancelled = new Promise<never>((_, reject) => {
    if (!signal) return;
    const abort = () => reject(signal.reason instanceof Error ? signal.reason : new DOMException('cancelled', 'AbortError'));
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
  });
  cancelled.catch(() => undefined);
  return cancelled;
}

/**
 * The report's .docx, made in a worker of its own (ended once the file is made, or when `signal`
 * aborts: a country's file takes seconds); where there is no worker, here.
 */
export async function makeReportDocx(doc: ReportDocument, signal?: AbortSignal): Promise<Blob> {
  if (typeof Worker === 'undefined') return (await import('./report-docx')).reportDocx(doc);
  const worker = new Worker(new URL('./report-docx.worker.ts', import.meta.url), { type: 'module' });
  try {
    // A worker that cannot start fails the download with a message, never leaves it waiting.
    return await Promise.race([wrap<ReportDocxApi>(worker).make(doc), failureOf(worker, 'không khởi động được tiến trình tạo tệp .docx'), cancelledBy(signal)]);
  } finally {
    worker.terminate();
  }
}
