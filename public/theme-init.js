// The remembered theme and text size before the first paint, so a dim hall never sees a white
// flash between slides; src/lib/state/use-appearance.ts keeps them in step from then on. A file of its
// own, not an inline script: the Content Security Policy allows scripts from this origin only.
try {
  const ui = JSON.parse(localStorage.getItem('chi-tieu-ui') || '{}').state || {};
  if (ui.theme === 'dark' || ui.theme === 'contrast') document.documentElement.dataset.theme = ui.theme;
  if ([1.125, 1.25, 1.5].includes(ui.fontScale)) document.documentElement.style.setProperty('--font-scale', String(ui.fontScale));
} catch {
  // No storage (private mode, blocked) or a damaged value: the light theme at 100 %.
}
