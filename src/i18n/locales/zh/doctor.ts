/** The Simplified Chinese words of the "doctor" namespace: the same keys as the English. */
import type en from '../en/doctor';
import type { Translated } from '../../types';

const doctor: Translated<typeof en> = {};

export default doctor;
