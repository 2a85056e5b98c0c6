import { ExportFailure, withTimeout } from './export-failure';
import { withXmlLegalText } from './xml-legal-dom';

/**
 * A node as a PNG at 2×: XML-legal text while it is drawn, and a bounded time. Fails with an
 * ExportFailure (or the library's error), never hangs and never leaves the node changed.
 */
export async function nodeToPng(node: HTMLElement, options: { backgroundColor: string; width?: number; height?: number }): Promise<Blob> {
  return withXmlLegalText(node, async () => {
    // Loaded on first use: the image library stays out of the main bundle.
    const { toBlob } = await import('html-to-image');
    const blob = await withTimeout(toBlob(node, { pixelRatio: 2, ...options }));
    if (!blob) throw new ExportFailure('no-image');
    return blob;
  });
}
