/**
 * The React side of the translations: components take `useTranslation`
 * from here, which is bound to the app's one instance and re-renders them
 * when the language changes.
 */
import { setI18n } from 'react-i18next';
import { i18n } from './index';

setI18n(i18n);

export { Trans, useTranslation } from 'react-i18next';
