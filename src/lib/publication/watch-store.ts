import { create } from 'zustand';
import type { LoadFailure } from '../../domain/publication/load-failure';
import type { Manifest } from '../../domain/publication/manifest';

/** The last look at the newest publication while the app is open (manifest only, never the files). */
export interface PublicationWatch {
  latest: Manifest | null;
  failures: LoadFailure[];
  /** A newer publication downloaded behind the kept one that failed its checks: not offered again. */
  rejected: Pick<Manifest, 'version' | 'published'> | null;
  /** 0: not checked since the page loaded its data. */
  checkedAt: number;
}

export const usePublicationWatch = create<PublicationWatch>()(() => ({ latest: null, failures: [], rejected: null, checkedAt: 0 }));
