import { downloadBlob } from '../../lib/download';

/**
 * The slide as the hall sees it, at 2× for a slide deck, with a footer that says what it shows
 * and where the figures come from — a picture pasted into a report can be traced back.
 */
export async function downloadSlidePng(frame: HTMLIFrameElement | null, fileName: string, footerLines: readonly string[]) {
  const doc = frame?.contentDocument;
  const body = doc?.body;
  if (!frame || !doc || !body) return;
  const footer = doc.createElement('footer');
  footer.className = 'slide-provenance';
  for (const line of footerLines) footer.append(Object.assign(doc.createElement('p'), { textContent: line }));
  body.append(footer);
  try {
    const { toBlob } = await import('html-to-image');
    // The slide's own ground, so a dark or high-contrast slide stays dark in the picture.
    const backgroundColor = getComputedStyle(doc.documentElement).backgroundColor;
    const height = Math.max(frame.clientHeight, body.scrollHeight);
    const blob = await toBlob(body, { pixelRatio: 2, backgroundColor, width: body.clientWidth, height });
    if (blob) downloadBlob(fileName, blob);
  } finally {
    footer.remove();
  }
}
