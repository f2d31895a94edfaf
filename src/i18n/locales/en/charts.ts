/** The English words of the "charts" namespace. */
const charts = {} as const;

export default charts;
