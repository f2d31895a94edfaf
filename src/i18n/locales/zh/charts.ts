/** The Simplified Chinese words of the "charts" namespace: the same keys as the English. */
import type en from '../en/charts';
import type { Translated } from '../../types';

const charts: Translated<typeof en> = {};

export default charts;
