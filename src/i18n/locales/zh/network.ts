/** The Simplified Chinese words of the "network" namespace: the same keys as the English. */
import type en from '../en/network';
import type { Translated } from '../../types';

const network: Translated<typeof en> = {};

export default network;
