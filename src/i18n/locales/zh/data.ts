/** The Simplified Chinese words of the "data" namespace: the same keys as the English. */
import type en from '../en/data';
import type { Translated } from '../../types';
import kinds from './data-kinds';
import messages from './data-messages';
import panel from './data-panel';
import table from './data-table';

const data: Translated<typeof en> = { ...kinds, ...panel, ...table, ...messages };

export default data;
