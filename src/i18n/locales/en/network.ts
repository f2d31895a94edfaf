/** The English words of the "network" namespace. */
const network = {} as const;

export default network;
