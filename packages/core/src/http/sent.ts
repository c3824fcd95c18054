/**
 * What a value becomes once a route sends it as JSON: a `Date` is written as its ISO 8601 string,
 * arrays and objects keep their shape. The response types below describe what clients receive
 * (instants as strings); the backend holds instants as Dates, so its views are checked as `Sent<…>`.
 */
export type Sent<T> = 0 extends 1 & T
  ? T // `any` stays `any` (query results are untyped until Medusa generates their types)
  : T extends Date
    ? string
    : T extends readonly (infer U)[]
      ? Sent<U>[]
      : T extends object
        ? { [K in keyof T]: Sent<T[K]> }
        : T

/** `value` typed as the client will receive it; the value itself is unchanged, JSON does the rest. */
export const sent = <T>(value: T): Sent<T> => value as Sent<T>
