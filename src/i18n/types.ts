/**
 * The shape every translation follows: the English file of a namespace is
 * the reference, and each other language has the same keys, every leaf a
 * string. English plural forms (`files_one`, `files_other`) leave only the
 * `_other` form required, which is all Chinese uses.
 */
type PluralForm = '_zero' | '_one' | '_two' | '_few' | '_many';

export type Translated<T> = {
  readonly [K in keyof T as K extends `${string}${PluralForm}` ? never : K]: T[K] extends string
    ? string
    : Translated<T[K]>;
};
