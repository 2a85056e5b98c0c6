import './appearance-controls.css';
import { formatPercent } from '../domain/numbers/format';
import { canStepFontScale, DEFAULT_FONT_SCALE, stepFontScale, toggleTheme } from '../lib/state/appearance';
import { useUiStore } from '../lib/state/ui-store';
import { useFontScale, useTheme } from '../lib/state/use-appearance';
import { usePresenters } from '../lib/language/use-presenters';

/**
 * A− A A+ and the dark / high-contrast toggles, in the header of every page as the province's
 * own portal offers them. A− and A+ stay focusable at their limits (aria-disabled), so a
 * keyboard user pressing them repeatedly does not lose their place.
 */
export function AppearanceControls() {
  const { t, language } = usePresenters();
  const theme = useTheme();
  const scale = useFontScale();
  const { setTheme, setFontScale } = useUiStore.getState();
  const stepButton = (by: -1 | 1, label: string, text: string) => {
    const possible = canStepFontScale(scale, by);
    return (
      <button type="button" aria-label={label} title={label} aria-disabled={!possible} onClick={() => possible && setFontScale(stepFontScale(scale, by))}>
        {text}
      </button>
    );
  };
  const themeButton = (pressed: 'dark' | 'contrast', icon: string, label: string) => (
    <button type="button" className="theme-toggle" aria-pressed={theme === pressed} onClick={() => setTheme(toggleTheme(theme, pressed))}>
      <span aria-hidden="true">{icon}</span> {label}
    </button>
  );
  return (
    <div className="appearance-controls" role="group" aria-label={t('display')}>
      <div className="font-size-controls" role="group" aria-label={t('fontSize', { percent: formatPercent(scale * 100, language) })}>
        {stepButton(-1, t('fontSmaller'), 'A−')}
        <button type="button" aria-label={t('fontDefault')} title={t('fontDefault')} aria-pressed={scale === DEFAULT_FONT_SCALE} onClick={() => setFontScale(DEFAULT_FONT_SCALE)}>
          A
        </button>
        {stepButton(1, t('fontLarger'), 'A+')}
      </div>
      {themeButton('dark', '☾', t('themeDark'))}
      {themeButton('contrast', '◐', t('themeContrast'))}
    </div>
  );
}
