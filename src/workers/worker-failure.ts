/**
 * A promise that fails when the worker reports an error (its script not loaded, or an error thrown in
 * it): raced with a call to it, the call fails instead of waiting for ever. Listened to from the
 * worker's start; a failure nobody raced is not reported as unhandled.
 */
export function failureOf(worker: Worker, message: string): Promise<never> {
  const failed = new Promise<never>((_, reject) => worker.addEventListener('error', () => reject(new Error(message))));
  failed.catch(() => undefined);
  return failed;
}
