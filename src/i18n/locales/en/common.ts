/** The English words of the "common" namespace: words many areas share. */
const common = {
  close: 'Close',
  cancel: 'Cancel',
} as const;

export default common;
