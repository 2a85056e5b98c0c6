import { create } from 'zustand';
import type { TabularDataset } from '../../domain/dataset/dataset-index';
import type { Dataset } from '../../domain/model';

/** A file a colleague sent, opened to look at: held in this page only, never stored, never published. */
export interface Preview {
  dataset: Dataset | TabularDataset;
  fileName: string;
}

export const usePreviewStore = create<{ preview: Preview | null }>()(() => ({ preview: null }));

export const openPreview = (preview: Preview) => usePreviewStore.setState({ preview });
export const closePreview = () => usePreviewStore.setState({ preview: null });
