/** The Vietnamese (or English) side must have exactly the keys of the other: the compiler checks. */
export type MessageShape<T> = { [K in keyof T]: T[K] extends string ? string : MessageShape<T[K]> };

/** One feature's strings in both languages. English is written first and gives the shape. */
export function defineMessages<const T extends Record<string, unknown>>(en: T, vi: MessageShape<T>): { en: T; vi: MessageShape<T> } {
  return { en, vi };
}
