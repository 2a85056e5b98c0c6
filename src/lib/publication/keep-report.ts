import { keepFailure, type KeepAttempt, type KeepOutcome, type SpaceEstimate } from '../../domain/publication/keep-space';
import { useStorageNotices } from '../state/storage-notices';
import { KEPT_PUBLICATION_KEY, keepNotice } from './keep-notice';
import { spaceEstimate } from './space-estimate';

/** A refused copy is a notice that stays until closed; a kept one clears it. */
function say(outcome: KeepOutcome) {
  const notices = useStorageNotices.getState();
  if (outcome.kept) notices.clear(KEPT_PUBLICATION_KEY, 'write-failed');
  else notices.report(keepNotice(outcome));
}

/** The worker's write, weighed against what the browser says is left once it is over. */
export async function sayAttempt(attempt: KeepAttempt, before: SpaceEstimate | null) {
  say(attempt.kept ? { kept: true } : keepFailure(attempt.needed, (await spaceEstimate()) ?? before, attempt.error));
}

/** Not written at all: no storage here, or a copy larger than the whole quota. */
export function sayNotKept(needed: number, estimate: SpaceEstimate | null, storage: boolean) {
  say(keepFailure(needed, estimate, storage ? null : { name: 'NotIndexedDB', message: 'IndexedDB is not available' }));
}
