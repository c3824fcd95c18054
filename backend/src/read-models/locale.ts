/**
 * Whether a Store API request asked for English (`?locale=en-US` or the `x-medusa-locale` header,
 * read by Medusa into `req.locale`). Vietnamese is the data's own language and the default.
 */
export function isEnglish(locale: string | undefined): boolean {
  return !!locale && locale.toLowerCase().startsWith("en")
}
