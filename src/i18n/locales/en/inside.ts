/** The English words of the "inside" namespace. */
const inside = {} as const;

export default inside;
