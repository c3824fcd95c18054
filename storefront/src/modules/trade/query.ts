/** A page's search params, as Next hands them over: a repeated key arrives as an array. */
export type SearchParams = Record<string, string | string[] | undefined>

/** The first value of a query parameter, trimmed; undefined when absent or blank. */
export function param(query: SearchParams, name: string): string | undefined {
  const value = query[name]
  const first = Array.isArray(value) ? value[0] : value
  return first?.trim() || undefined
}
