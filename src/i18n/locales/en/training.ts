/** The English words of the "training" namespace. */
const training = {} as const;

export default training;
