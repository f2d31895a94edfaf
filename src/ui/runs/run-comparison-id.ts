/** The id of the runs' comparison chart, for what takes the reader there. */
export const RUN_COMPARISON_ID = 'run-comparison';
