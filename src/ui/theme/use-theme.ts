import { useSyncExternalStore } from 'react';
import { subscribeTheme, themeChoice, type ThemeChoice } from './theme-choice';

/** The user's theme choice (System, Light or Dark), re-rendering when it changes. */
export const useThemeChoice = (): ThemeChoice =>
  useSyncExternalStore(subscribeTheme, themeChoice, themeChoice);
