import './shell.css';
import { ThemeSwitch } from '../theme/ThemeSwitch';
import { ShortcutsHelp } from './ShortcutsHelp';
import { Toasts } from './Toasts';

/** The header's own controls (theme, shortcuts help) and the page's toast region. */
export function HeaderTools() {
  return (
    <div className="header-tools">
      <ThemeSwitch />
      <ShortcutsHelp />
      <Toasts />
    </div>
  );
}
