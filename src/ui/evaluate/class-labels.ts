/** How class names read in sentences and labels ("class 3", "Class 0"), in the current language. */
import { t } from '../../i18n';
import { shownClassName } from '../../core/data/class-names';

/** "3" → "class 3"; a name that already says "Class …" is kept as it is. */
export const classPhrase = (name: string): string =>
  /^class\b/i.test(name) ? shownClassName(name) : t('evaluate:classes.phrase', { name });

/** "7 test samples of class 3 predicted as class 5" */
export function cellLabel(count: number, trueName: string, predictedName: string): string {
  return t('evaluate:classes.cellLabel', {
    count,
    trueClass: classPhrase(trueName),
    predictedClass: classPhrase(predictedName),
  });
}
