/**
 * A class's name as the UI shows it. The built-in 2-D sets name their
 * classes "Class 0", "Class 1", … when the data is built (that name is kept
 * in saved models and exports); on screen it reads in the current language.
 * Names that came with the data are shown as they are.
 */
import { t } from '../../i18n';

export function shownClassName(name: string): string {
  const builtIn = /^Class (\d+)$/.exec(name);
  return builtIn ? t('data:counts.classN', { n: Number(builtIn[1]) }) : name;
}
