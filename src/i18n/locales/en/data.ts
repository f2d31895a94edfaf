/** The English words of the "data" namespace. */
const data = {} as const;

export default data;
