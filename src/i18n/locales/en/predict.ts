/** The English words of the "predict" namespace. */
const predict = {} as const;

export default predict;
