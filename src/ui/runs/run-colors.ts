import { CLASS_COLORS } from '../charts/chart-theme';

/** A run's colour from its palette index (fixed when the run was recorded). */
export const runColor = (index: number): string =>
  CLASS_COLORS[
    ((index % CLASS_COLORS.length) + CLASS_COLORS.length) % CLASS_COLORS.length
  ] as string;
