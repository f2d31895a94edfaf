import { afterEach, expect, it } from 'vitest';
import { switchLanguage } from '../../i18n';
import { shownRunName } from './run-names';

afterEach(() => switchLanguage('en'));

it('shows a numbered run name in the current language, and a given name as it is', () => {
  expect(shownRunName('Run 3')).toBe('Run 3');
  switchLanguage('zh');
  expect(shownRunName('Run 3')).toBe('运行 3');
  expect(shownRunName('baseline')).toBe('baseline');
  expect(shownRunName('Run 3 again')).toBe('Run 3 again');
});
