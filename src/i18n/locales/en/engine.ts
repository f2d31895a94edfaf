/** The English words of the "engine" namespace. */
const engine = {} as const;

export default engine;
