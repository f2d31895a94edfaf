/** The English words of the "shell" namespace. */
const shell = {} as const;

export default shell;
