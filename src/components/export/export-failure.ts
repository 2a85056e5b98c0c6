import type { Localized } from '../../domain/issues';
import { shortValue } from '../../domain/text/safe-text';

/** The longest a PNG may take to draw; past it the export stops and says so, instead of waiting forever. */
export const PNG_TIMEOUT_MS = 15_000;

export type ExportFailureCode = 'timeout' | 'no-image' | 'not-ready' | 'image-failed';

/** An export that could not be made, with a reason a person can read. */
export class ExportFailure extends Error {
  constructor(readonly code: ExportFailureCode, readonly seconds = PNG_TIMEOUT_MS / 1000) {
    super(`export failed: ${code}`);
    this.name = 'ExportFailure';
  }
}

/** A file that cannot be made as asked (a table longer than a sheet), with the reason and the way out. */
export class ExportRefused extends Error {
  constructor(readonly reason: Localized) {
    super(reason.en);
    this.name = 'ExportRefused';
  }
}

/** The promise, or an ExportFailure('timeout') once `ms` have passed; the timer never outlives it. */
export function withTimeout<T>(work: Promise<T>, ms = PNG_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExportFailure('timeout', ms / 1000)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Why an export failed, in both languages: ours, the image library's (it rejects with a bare Event), or any other error. */
export function exportFailureReason(error: unknown): Localized {
  if (error instanceof ExportRefused) return error.reason;
  if (error instanceof ExportFailure) {
    switch (error.code) {
      case 'timeout':
        return { vi: `ảnh chưa vẽ xong sau ${error.seconds} giây`, en: `the picture was not drawn within ${error.seconds} seconds` };
      case 'no-image':
        return { vi: 'trình duyệt không trả về ảnh nào', en: 'the browser returned no picture' };
      case 'not-ready':
        return { vi: 'trang chưa tải xong', en: 'the slide has not finished loading' };
      case 'image-failed':
        return { vi: 'trình duyệt không vẽ được ảnh', en: 'the browser could not draw the picture' };
    }
  }
  if (typeof Event !== 'undefined' && error instanceof Event) return { vi: 'trình duyệt không vẽ được ảnh', en: 'the browser could not draw the picture' };
  const text = shortValue(error instanceof Error ? error.message : String(error), 120);
  return { vi: `lỗi: ${text.vi}`, en: `error: ${text.en}` };
}
