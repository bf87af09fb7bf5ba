// Light or dark: following the operating system unless the researcher chose one (kept in this
// window's storage, for every project). The choice is applied as data-theme on <html>, which the
// design tokens in styles.css read.
import { useEffect, useState } from 'react';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
const KEY = 'framewise-theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function readThemeChoice(): ThemeChoice {
  const kept = localStorage.getItem(KEY);
  return THEME_CHOICES.find((c) => c === kept) ?? 'system';
}

function apply(choice: ThemeChoice): void {
  const dark = choice === 'dark' || (choice === 'system' && matchMedia(DARK_QUERY).matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

/**
 * The kept choice, put on the window as this module loads, before React draws anything: the first
 * screens (opening the projects, a startup error) and the workspace's first frame come before the
 * Appearance dialog's effect, and were drawn light for a researcher whose choice or system is dark.
 */
apply(readThemeChoice());

/** The theme choice, applied to the window and followed as the system changes. */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(readThemeChoice);
  useEffect(() => {
    apply(choice);
    if (choice !== 'system') return;
    const query = matchMedia(DARK_QUERY);
    const onChange = () => apply('system');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [choice]);
  const choose = (next: ThemeChoice) => {
    localStorage.setItem(KEY, next);
    setChoice(next);
  };
  return [choice, choose];
}
