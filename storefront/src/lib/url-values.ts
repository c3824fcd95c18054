/**
 * A search parameter's values as a list, without control characters and empty values: `?q=%00`
 * means nothing to a shopper, and the backend refuses NUL in text with a 400.
 */
export const urlValues = (v: string | string[] | undefined) =>
  (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.replace(/\p{Cc}/gu, "")).filter(Boolean)
