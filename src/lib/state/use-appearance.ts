import { useLayoutEffect } from 'react';
import { knownFontScale, knownTheme, type FontScale, type Theme } from './appearance';
import { useUiStore } from './ui-store';

export function useTheme(): Theme {
  return useUiStore((s) => knownTheme(s.theme));
}

export function useFontScale(): FontScale {
  return useUiStore((s) => knownFontScale(s.fontScale));
}

/**
 * Puts the remembered theme and text size on <html>: `data-theme` picks the colour tokens
 * (app/themes.css), `--font-scale` sizes the root font that every rem follows.
 */
export function useAppearance() {
  const theme = useTheme();
  const fontScale = useFontScale();
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (theme === 'light') delete root.dataset.theme;
    else root.dataset.theme = theme;
    root.style.setProperty('--font-scale', String(fontScale));
  }, [theme, fontScale]);
}
