/** The English words of the "evaluate" namespace. */
const evaluate = {} as const;

export default evaluate;
