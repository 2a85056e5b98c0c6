import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { create } from 'zustand';
import { datasetQuery } from '../dataset/use-dataset';

/** Whether a slide show is running in this page: new publications wait until it ends. */
export const useShowStore = create<{ running: boolean }>()(() => ({ running: false }));

/**
 * For the slide show: marks the show as running while it is on screen, and gives the query its
 * frames carry to show the published version the show started on (`&pin=…`), never a newer one.
 */
export function useRunningShow(): string {
  useEffect(() => {
    useShowStore.setState({ running: true });
    return () => useShowStore.setState({ running: false });
  }, []);
  const { data: version } = useQuery({ ...datasetQuery, select: (d) => d.published?.manifest.version ?? null });
  return version ? `&pin=${encodeURIComponent(version)}` : '';
}
