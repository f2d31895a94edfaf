/**
 * The colour theme: the user's choice (System, Light or Dark), remembered in
 * localStorage, and the theme it resolves to, written on <html> as
 * `data-theme` and `color-scheme` so the stylesheets (app/theme.css) and the
 * canvases agree. Owns nothing else; never throws when storage is refused.
 */
import { storedText } from '../../store/stored-text';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type ResolvedTheme = 'light' | 'dark';

const stored = storedText('nnp-theme');
const DARK_QUERY = '(prefers-color-scheme: dark)';

const isChoice = (v: unknown): v is ThemeChoice =>
  typeof v === 'string' && (THEME_CHOICES as readonly string[]).includes(v);

/** The remembered choice; System when none (or storage is unavailable or holds junk). */
export function readThemeChoice(): ThemeChoice {
  const v = stored.read();
  return isChoice(v) ? v : 'system';
}

function systemTheme(): ResolvedTheme {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

export const resolveTheme = (choice: ThemeChoice): ResolvedTheme =>
  choice === 'system' ? systemTheme() : choice;

const listeners = new Set<() => void>();
let current: { choice: ThemeChoice; resolved: ResolvedTheme } = {
  choice: 'system',
  resolved: 'light',
};

function apply(choice: ThemeChoice): void {
  const resolved = resolveTheme(choice);
  current = { choice, resolved };
  const root = document.documentElement;
  root.dataset['theme'] = resolved;
  root.dataset['themeChoice'] = choice;
  root.style.colorScheme = resolved;
  listeners.forEach((l) => l());
}

/** Apply the remembered theme and follow the system's while the choice is System. Call once, before the first render. */
export function startTheme(): void {
  apply(readThemeChoice());
  if (typeof matchMedia !== 'function') return;
  matchMedia(DARK_QUERY).addEventListener('change', () => {
    if (current.choice === 'system') apply('system');
  });
}

/** Switch to `choice` and remember it (a refused write still switches, for this visit). */
export function setThemeChoice(choice: ThemeChoice): void {
  stored.write(choice);
  apply(choice);
}

/** For useSyncExternalStore. */
export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const themeChoice = (): ThemeChoice => current.choice;
export const resolvedTheme = (): ResolvedTheme => current.resolved;
