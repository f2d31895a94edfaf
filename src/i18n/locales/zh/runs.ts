/** The Simplified Chinese words of the "runs" namespace: the same keys as the English. */
import type en from '../en/runs';
import type { Translated } from '../../types';

const runs: Translated<typeof en> = {};

export default runs;
