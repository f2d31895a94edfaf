/** The Simplified Chinese words of the "shell" namespace: the same keys as the English. */
import type en from '../en/shell';
import type { Translated } from '../../types';

const shell: Translated<typeof en> = {};

export default shell;
