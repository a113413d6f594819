/** A string that the type system keeps apart from other strings of a different brand. */
export type Brand<T, B extends string> = T & { readonly __brand: B };
