/** Resolves once no chart inside `root` waits to be drawn (near-screen.tsx) and each has drawn its SVG; at most ~60 frames. */
export function chartsDrawn(root: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    let frames = 0;
    const check = () => {
      const pending = root.querySelector('[data-chart-pending]') !== null;
      const undrawn = [...root.querySelectorAll('.recharts-responsive-container')].some((c) => !c.querySelector('svg.recharts-surface'));
      if ((!pending && !undrawn) || ++frames > 60) resolve();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}
