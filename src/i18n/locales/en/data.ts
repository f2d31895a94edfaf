/** The English words of the "data" namespace. */
import kinds from './data-kinds';
import messages from './data-messages';
import panel from './data-panel';
import table from './data-table';

const data = { ...kinds, ...panel, ...table, ...messages } as const;

export default data;
