/** The English words of the "common" namespace: words many areas share. */
const common = {} as const;

export default common;
