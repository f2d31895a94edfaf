/** The English words of the "models" namespace. */
const models = {} as const;

export default models;
