import { isPainted } from './svg-element';

/**
 * The figure as a file shows it: a copy laid out off screen at the figure's width, with the
 * provenance footer shown (and dated) and the controls and data table hidden, so the page the
 * reader is looking at never changes while the image is made.
 */
export async function withExportStage<T>(figure: HTMLElement, footerLines: readonly string[], make: (copy: HTMLElement) => Promise<T>): Promise<T> {
  const stage = document.createElement('div');
  stage.className = 'chart-export-stage';
  stage.setAttribute('aria-hidden', 'true');
  stage.style.width = `${figure.getBoundingClientRect().width}px`;
  const copy = figure.cloneNode(true) as HTMLElement;
  copy.classList.add('exporting');
  for (const node of [copy, ...copy.querySelectorAll('[id]')]) node.removeAttribute('id');
  copy.querySelector('.chart-provenance')?.replaceChildren(...footerLines.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
  stage.append(copy);
  document.body.append(stage);
  try {
    await document.fonts.ready;
    return await make(copy);
  } finally {
    stage.remove();
  }
}

/** The page's own background, so a file looks like the screen in any theme. */
export function paperColor(): string {
  const painted = [document.body, document.documentElement].map((e) => getComputedStyle(e).backgroundColor).find(isPainted);
  return painted ?? '#ffffff';
}
