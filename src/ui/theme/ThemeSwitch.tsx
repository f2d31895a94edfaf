import type { ReactNode } from 'react';
import { MonitorIcon, MoonIcon, SunIcon } from '../common/icons';
import { setThemeChoice, type ThemeChoice } from './theme-choice';
import { useThemeChoice } from './use-theme';

const OPTIONS: { value: ThemeChoice; label: string; icon: ReactNode }[] = [
  { value: 'system', label: 'System', icon: <MonitorIcon /> },
  { value: 'light', label: 'Light', icon: <SunIcon /> },
  { value: 'dark', label: 'Dark', icon: <MoonIcon /> },
];

/** The header's theme switch: follow the system, or always light, or always dark (remembered). */
export function ThemeSwitch() {
  const choice = useThemeChoice();
  return (
    <fieldset className="theme-switch">
      <legend className="sr-only">Theme</legend>
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
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
