import type { ParseIssue } from '../../domain/issues';
import type { LoadFailure } from '../../domain/publication/load-failure';

/** The bundled dataset (a VITE_BUNDLED_DATA build) does not parse. */
export class DatasetLoadError extends Error {
  constructor(readonly issues: ParseIssue[]) {
    super(`The built-in dataset has ${issues.length} problems`);
  }
}

/** No good published version at all: none kept in this browser, and none could be read now. */
export class NoPublishedDataError extends Error {
  constructor(readonly failures: LoadFailure[]) {
    super(`No published data: ${failures.map((f) => `${f.kind} ${f.url}`).join('; ')}`);
  }
}

/** The person cancelled the first download (nothing was kept to show meanwhile): the page says so, with a retry. */
export class LoadCancelledError extends Error {
  constructor() {
    super('The download of the published data was cancelled');
    this.name = 'LoadCancelledError';
  }
}
