import { create } from 'zustand';
import { expectedFiles, isStalled, type FileProgress } from '../../domain/publication/download-progress';
import type { Manifest } from '../../domain/publication/manifest';
import type { PublishedLoad } from './published-types';

type Named = Pick<Manifest, 'version' | 'published'>;

/** A publication downloading: on a first visit the page waits on it (with Cancel); else it comes behind the kept version. */
export interface Download {
  kind: 'first' | 'newer';
  /** The version coming, once its manifest is read. */
  coming: Named | null;
  files: Record<string, FileProgress>;
  /** No byte (or no answer at all) for a while: said, and the kept copy stays. */
  stalled: boolean;
  /** Aborts a first visit's download; null behind a kept version (nothing waits on it). */
  cancel: (() => void) | null;
}

interface DownloadState {
  download: Download | null;
  /** A newer version downloaded and verified behind the kept one, to switch to on the person's click. */
  ready: PublishedLoad | null;
  /** The person asked for the newer version before it was ready: switch as soon as it is. */
  wantSwitch: boolean;
}

export const useDownloads = create<DownloadState>()(() => ({ download: null, ready: null, wantSwitch: false }));

/** How often the screen hears of the bytes (a 111 MB file comes in thousands of chunks). */
const PUBLISH_EVERY_MS = 250;

export interface DownloadTracker {
  /** The manifest is read: the version coming and its files' sizes. */
  expect(manifest: Manifest, names: readonly string[]): void;
  /** A file's bytes so far (its declared length, when the manifest did not give one). */
  readonly bytes: (name: string, received: number, declared: number | null) => void;
  /** Over, whatever the outcome. */
  end(): void;
}

/** Starts telling the screen how a download goes; one at a time (a new one replaces what was said). */
export function trackDownload(kind: Download['kind'], cancel: (() => void) | null = null): DownloadTracker {
  let files: Record<string, FileProgress> = {};
  let coming: Named | null = null;
  let lastBytesAt = Date.now();
  let changed = true;
  const mine = { kind, coming, files, stalled: false, cancel };
  useDownloads.setState({ download: mine });
  let current: Download = mine;
  const publish = () => {
    const stalled = isStalled(lastBytesAt, Date.now());
    if (!changed && stalled === current.stalled) return;
    changed = false;
    // Only this download's own notice is replaced, never a later one's.
    if (useDownloads.getState().download !== current) return;
    current = { kind, coming, files: { ...files }, stalled, cancel };
    useDownloads.setState({ download: current });
  };
  const timer = setInterval(publish, PUBLISH_EVERY_MS);
  return {
    expect(manifest, names) {
      coming = { version: manifest.version, published: manifest.published };
      const sizes = expectedFiles(manifest.files, names);
      // Bytes that came before the manifest (a first visit asks for the files with it) are kept.
      files = Object.fromEntries(Object.entries(sizes).map(([name, size]) => [name, { received: files[name]?.received ?? 0, total: size.total }]));
      changed = true;
      publish();
    },
    bytes: (name, received, declared) => {
      const before = files[name];
      files[name] = { received, total: before?.total ?? declared };
      lastBytesAt = Date.now();
      changed = true;
    },
    end() {
      clearInterval(timer);
      if (useDownloads.getState().download === current) useDownloads.setState({ download: null });
    },
  };
}
