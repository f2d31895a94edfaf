/**
 * Descriptor tables keyed by id (activations, losses, optimizers, ...) and
 * the ordered lists of choices the UI and the zod schemas read from them.
 * A table keyed by id lets each consumer keep its own translation as a
 * record over the same ids, which the compiler checks is complete.
 */

/** One entry of a choice: an id from a table, its label and help. */
export interface Choice<V extends string = string> {
  id: V;
  label: string;
  help?: string;
}

/** The entries of a table keyed by id, each with its id, in declaration order. */
export function choicesOf<T extends Record<string, { label: string }>>(
  table: T,
): { [K in keyof T & string]: T[K] & { id: K } }[keyof T & string][] {
  return Object.entries(table).map(([id, entry]) => ({ ...entry, id })) as never;
}

/** The ids of a table, as the non-empty tuple `z.enum` takes. */
export function idsOf<T extends Record<string, unknown>>(
  table: T,
): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];
}
