import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/react';
import { MonitorIcon, MoonIcon, SunIcon } from '../common/icons';
import { setThemeChoice, type ThemeChoice } from './theme-choice';
import { useThemeChoice } from './use-theme';

/** Each choice's icon; its name is the word `theme.<choice>` of the "shell" namespace. */
const OPTIONS: { value: ThemeChoice; icon: ReactNode }[] = [
  { value: 'system', icon: <MonitorIcon /> },
  { value: 'light', icon: <SunIcon /> },
  { value: 'dark', icon: <MoonIcon /> },
];

/** The header's theme switch: follow the system, or always light, or always dark (remembered). */
export function ThemeSwitch() {
  const { t } = useTranslation('shell');
  const choice = useThemeChoice();
  return (
    <fieldset className="theme-switch">
      <legend className="sr-only">{t('theme.label')}</legend>
      {OPTIONS.map((o) => (
        <label key={o.value} className={choice === o.value ? 'chosen' : undefined}>
          <input
            type="radio"
            name="theme"
            value={o.value}
            checked={choice === o.value}
            onChange={() => setThemeChoice(o.value)}
          />
          {o.icon}
          <span>{t(`theme.${o.value}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
