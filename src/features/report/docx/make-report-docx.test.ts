import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReportDocument } from '../../../domain/report/document';
import { makeReportDocx } from './make-report-docx';

/** A worker that takes its message and never answers (a country's file still being made), or fails to start. */
class SilentWorker extends EventTarget {
  static made: SilentWorker[] = [];
  terminated = false;
  constructor() {
    super();
    SilentWorker.made.push(this);
  }
  postMessage() {}
  terminate() {
    this.terminated = true;
  }
}

const doc = { sections: [] } as unknown as ReportDocument;

describe('making the .docx in its worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    SilentWorker.made = [];
  });

  it('is cancelled at once by its signal, and the worker is ended', async () => {
    vi.stubGlobal('Worker', SilentWorker);
    const abort = new AbortController();
    const made = makeReportDocx(doc, abort.signal);
    abort.abort();
    await expect(made).rejects.toMatchObject({ name: 'AbortError' });
    expect(SilentWorker.made.map((w) => w.terminated)).toEqual([true]);
  });

  it('fails with a message when the worker fails, never waits for ever', async () => {
    vi.stubGlobal('Worker', SilentWorker);
    const made = makeReportDocx(doc, new AbortController().signal);
    await vi.waitFor(() => expect(SilentWorker.made).toHaveLength(1));
    SilentWorker.made[0]!.dispatchEvent(new Event('error'));
    await expect(made).rejects.toThrow('không khởi động được tiến trình tạo tệp .docx');
    expect(SilentWorker.made[0]!.terminated).toBe(true);
  });
});
