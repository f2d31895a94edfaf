/**
 * A run's name as the UI shows it. A run is named "Run 1", "Run 2", … when
 * it is recorded (that name is kept, exported and renamed from); on screen
 * such a name reads in the current language. A name the user gave is shown
 * as it is.
 */
import { t } from '../../i18n';

export function shownRunName(name: string): string {
  const numbered = /^Run (\d+)$/.exec(name);
  return numbered ? t('runs:row.defaultName', { n: Number(numbered[1]) }) : name;
}
