/** The Simplified Chinese words of the "guides" namespace: the same keys as the English. */
import type en from '../en/guides';
import type { Translated } from '../../types';

const guides: Translated<typeof en> = {};

export default guides;
