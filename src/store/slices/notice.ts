/** A one-line message a panel shows: information or an error. */
export type Notice = { kind: 'info' | 'error'; text: string } | null;
