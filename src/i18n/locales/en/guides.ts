/** The English words of the "guides" namespace. */
const guides = {} as const;

export default guides;
