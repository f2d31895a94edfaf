/** The Simplified Chinese words of the "common" namespace: the same keys as the English. */
import type en from '../en/common';
import type { Translated } from '../../types';

const common: Translated<typeof en> = {
  close: '关闭',
  cancel: '取消',
};

export default common;
