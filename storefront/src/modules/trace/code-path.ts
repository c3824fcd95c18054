/**
 * The code a scan page asks the backend about, rebuilt from the page's route and query. The resolver
 * (`/01/…` and `/p/…` on the backend) sends people here with the code's registered part in the path;
 * what it could not find (a lot or serial nobody registered) comes back in `?unregistered=` so the
 * backend can still warn about it.
 */
export type ScanSearchParams = Record<string, string | string[] | undefined>

export type ScanCode = {
  /** The resolver path the backend's trace view reads, e.g. `/01/08930000001016/10/L2611/21/A7K2M9`. */
  code: string
  /** The serial's signature token (`?s=`), passed through untouched for the backend to check. */
  token?: string
}

/** `01`: GS1 Digital Link, keyed by GTIN; `p`: products without a GTIN, keyed by handle. */
export type ScanPrefix = "01" | "p"

// What the resolver puts in `?unregistered=`: whole path segments, already percent-encoded.
const REMAINDER = /^(\/[^/?#]+)+$/

/**
 * One path segment, percent-encoded so that a lot such as "A/B" stays one segment. Next 16 hands
 * route params to generateMetadata decoded and to the page still encoded; decoding first makes both
 * ask for the same code, so the backend is called (and the scan counted) once.
 */
function encodeSegment(segment: string): string {
  try {
    return encodeURIComponent(decodeURIComponent(segment))
  } catch {
    return encodeURIComponent(segment) // a lone "%" that was already decoded
  }
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** `/{prefix}/{key}` and the rest of the route, then what the resolver could not find; and the token. */
export function scanCode(
  prefix: ScanPrefix,
  key: string,
  rest: string[] | undefined,
  query: ScanSearchParams,
): ScanCode {
  let code = `/${prefix}` + [key, ...(rest ?? [])].map((segment) => `/${encodeSegment(segment)}`).join("")
  const remainder = first(query.unregistered)
  // Anything else in there was not written by the resolver; dropping it only drops a warning about
  // a part of the code that the path does not carry anyway.
  if (remainder && REMAINDER.test(remainder)) code += remainder
  const token = first(query.s)
  return token ? { code, token } : { code }
}
