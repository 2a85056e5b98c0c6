/** What the loading of published data hands on: shared by the loader and the parts it calls. */
import type { ParseIssue } from '../../domain/issues';
import type { TabularDataset } from '../../domain/dataset/dataset-index';
import type { LoadFailure } from '../../domain/publication/load-failure';
import type { Manifest } from '../../domain/publication/manifest';
import type { Check, locateData } from './check-latest';

/** The published version on screen and how fresh it is. */
export interface PublishedShown {
  manifest: Manifest;
  dataUrl: string;
  /**
   * online: checked just now, the newest; checking: the kept version, shown at once while the
   * network is asked behind it; offline: the network could not be asked; failed: the newest could
   * not be used (see failures); pinned: a running slide show's version, not checked.
   */
  network: 'online' | 'checking' | 'offline' | 'failed' | 'pinned';
  failures: LoadFailure[];
  /** A newer publication that failed its checks: not offered again until another one comes. */
  rejected: Pick<Manifest, 'version' | 'published'> | null;
  checkedAt: number;
}

export interface PublishedLoad {
  dataset: TabularDataset;
  warnings: ParseIssue[];
  published: PublishedShown;
}

/** A slide show's frame (or a presenter's reload mid-show) shows the kept version, without asking the network. */
export interface Pin {
  pinned: boolean;
  version: string | null;
}

/** config.json and the manifest it points at, asked for before they are needed (while the analyst's drafts are read). */
export interface LookAhead {
  where: ReturnType<typeof locateData>;
  check: Promise<Check | null>;
}
