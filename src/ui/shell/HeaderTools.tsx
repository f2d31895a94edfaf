import './shell.css';
import { LanguageSwitch } from '../learn/LanguageSwitch';
import { ThemeSwitch } from '../theme/ThemeSwitch';
import { ShortcutsHelp } from './ShortcutsHelp';
import { Toasts } from './Toasts';

/** The header's own controls (language, theme, shortcuts help) and the page's toast region. */
export function HeaderTools() {
  return (
    <div className="header-tools">
      <LanguageSwitch />
      <ThemeSwitch />
      <ShortcutsHelp />
      <Toasts />
    </div>
  );
}
