/** The English words of the "runs" namespace. */
const runs = {} as const;

export default runs;
