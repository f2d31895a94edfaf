import { afterEach, expect, it } from 'vitest';
import { switchLanguage } from '../../i18n';
import { shownClassName } from './class-names';

afterEach(() => switchLanguage('en'));

it('shows the built-in sets’ class names in the current language, and data names as they are', () => {
  expect(shownClassName('Class 1')).toBe('Class 1');
  expect(shownClassName('setosa')).toBe('setosa');
  switchLanguage('zh');
  expect(shownClassName('Class 1')).toBe('类别 1');
  expect(shownClassName('Class one')).toBe('Class one');
  expect(shownClassName('setosa')).toBe('setosa');
});
