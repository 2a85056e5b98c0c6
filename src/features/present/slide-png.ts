import { ExportFailure } from '../../components/export/export-failure';
import { nodeToPng } from '../../components/export/png-image';
import { downloadBlob } from '../../lib/state/download';

/**
 * The slide as the hall sees it, at 2× for a slide deck, with a footer that says what it shows
 * and where the figures come from — a picture pasted into a report can be traced back.
 * Fails with a reason (ExportFailure, or the image library's error); the caller says it.
 */
export async function downloadSlidePng(frame: HTMLIFrameElement | null, fileName: string, footerLines: readonly string[]) {
  const doc = frame?.contentDocument;
  const body = doc?.body;
  if (!frame || !doc || !body || doc.readyState === 'loading') throw new ExportFailure('not-ready');
  const footer = doc.createElement('footer');
  footer.className = 'slide-provenance';
  for (const line of footerLines) footer.append(Object.assign(doc.createElement('p'), { textContent: line }));
  body.append(footer);
  try {
    // The slide's own ground, so a dark or high-contrast slide stays dark in the picture.
    const backgroundColor = getComputedStyle(doc.documentElement).backgroundColor;
    const height = Math.max(frame.clientHeight, body.scrollHeight);
    downloadBlob(fileName, await nodeToPng(body, { backgroundColor, width: body.clientWidth, height }));
  } finally {
    footer.remove();
  }
}
