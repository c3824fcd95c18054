import { checkGtin } from "./gtin"
import { isHandle } from "./text"

/**
 * GS1 Digital Link URI paths for traceability codes: `/01/{GTIN-14}[/22/{CPV}][/10/{lot}][/21/{serial}]`
 * (GS1 Digital Link URI Syntax 1.4, §4). The GTIN may arrive as GTIN-8/12/13/14 and is always
 * written back as 14 digits (the canonical form); CPV, lot and serial are GS1 AI encodable character
 * set 82, at most 20 characters. In the path they follow the standard's grammar strictly: letters,
 * digits, "-", "." and "_" as they are, every other character percent-encoded ("+" is `%2B`), and no
 * percent-encoding of a character that needs none (`%32` for "2" is refused, not read as "2"), so
 * each code has one spelling (docs/traceability.md).
 *
 * Many OCOP micro-producers have no GTIN. Their codes use the same resolver with the product's handle
 * in place of the primary key: `/p/{handle}[/10/{lot}][/21/{serial}]` (docs/traceability.md). The
 * qualifiers follow the same rules, so one parser serves both.
 */
export type DigitalLinkKey = ({ gtin: string } | { handle: string }) & { cpv?: string; lot?: string; serial?: string }

export type DigitalLinkParse = { ok: true; key: DigitalLinkKey } | { ok: false; reason: string }

/** GS1 AI encodable character set 82 (GS1 General Specifications, figure 7.11-1). */
const CSET82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/
const MAX_LENGTH = 20
const UNRESERVED = /[A-Za-z0-9\-._~]/
/** A value as the grammar writes it: GS1's unreserved characters, or percent-encoded octets. */
const PATH_VALUE = /^(?:[A-Za-z0-9\-._]|%[0-9A-Fa-f]{2})+$/
/** The key qualifiers of a GTIN, in the only order the grammar allows. */
const QUALIFIERS = [
  ["22", "cpv"],
  ["10", "lot"],
  ["21", "serial"],
] as const

/**
 * A fully compressed Digital Link path (GS1 Digital Link URI Syntax, "compression"): one segment of
 * base64url, at least 10 characters (a GTIN alone compresses to 10), holding at least one capital or
 * digit, so that no page of the shop (all lower-case words) is ever taken for one. The resolver
 * decompresses it; the shop's proxy forwards it there.
 */
export const COMPRESSED_DIGITAL_LINK_PATH = /^\/(?=[^/]*[A-Z0-9])[A-Za-z0-9_-]{10,300}$/

/** Percent-encodes every character that is not unreserved in a URI, as GS1's toolkit does. */
export function encodeDigitalLinkValue(value: string): string {
  let out = ""
  for (const ch of value) {
    out += UNRESERVED.test(ch)
      ? ch
      : [...new TextEncoder().encode(ch)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("")
  }
  return out
}

function checkValue(name: string, value: string): string | null {
  if (!value) return `${name} is empty`
  if (value.length > MAX_LENGTH) return `${name} has ${value.length} characters; at most ${MAX_LENGTH}`
  if (!CSET82.test(value)) return `${name} contains characters outside GS1 character set 82`
  return null
}

/** The canonical path of a key; throws on a key that could not be read back. */
export function digitalLinkPath(key: DigitalLinkKey): string {
  let path: string
  if ("gtin" in key) {
    const gtin = checkGtin(key.gtin)
    if (!gtin.ok) throw new RangeError(`GTIN ${key.gtin}: ${gtin.reason}`)
    path = `/01/${gtin.gtin14}`
  } else {
    if (!isHandle(key.handle)) throw new RangeError(`${JSON.stringify(key.handle)} is not a product handle`)
    path = `/p/${key.handle}`
  }
  for (const [ai, name] of QUALIFIERS) {
    const value = key[name]
    if (value === undefined) continue
    const problem = checkValue(name, value)
    if (problem) throw new RangeError(problem)
    path += `/${ai}/${encodeDigitalLinkValue(value)}`
  }
  return path
}

/** Reads a Digital Link path (no host, no query); says what is wrong when it cannot. */
export function parseDigitalLinkPath(path: string): DigitalLinkParse {
  const segments = path.replace(/\/+$/, "").split("/").slice(1)
  let key: DigitalLinkKey
  if (segments[0] === "01" && segments.length >= 2) {
    const gtin = checkGtin(segments[1])
    if (!gtin.ok) return { ok: false, reason: `GTIN ${segments[1]}: ${gtin.reason}` }
    key = { gtin: gtin.gtin14 }
  } else if (segments[0] === "p" && segments.length >= 2) {
    if (!isHandle(segments[1])) return { ok: false, reason: `${JSON.stringify(segments[1])} is not a product handle` }
    key = { handle: segments[1] }
  } else {
    return { ok: false, reason: "the path must start with /01/{GTIN} (or /p/{handle} for a product without a GTIN)" }
  }
  const rest = segments.slice(2)
  // Key qualifiers come in the standard's order: CPV (22), lot (10), serial (21), each at most once.
  let last = -1
  for (let i = 0; i < rest.length; i += 2) {
    const ai = rest[i]
    const at = QUALIFIERS.findIndex(([q]) => q === ai)
    if (at < 0) return { ok: false, reason: `/${ai}/ is not a key qualifier of a GTIN (22 CPV, 10 lot, 21 serial)` }
    if (at <= last) return { ok: false, reason: "key qualifiers come as CPV (22), lot (10), serial (21), each once" }
    last = at
    if (rest[i + 1] === undefined) return { ok: false, reason: `/${ai}/ has no value` }
    const name = QUALIFIERS[at][1]
    const value = readPathValue(name, rest[i + 1])
    if (!value.ok) return value
    const problem = checkValue(name, value.value)
    if (problem) return { ok: false, reason: problem }
    key[name] = value.value
  }
  return { ok: true, key }
}

/** A qualifier's value as written in the path, read by the grammar's rules (see the top). */
function readPathValue(name: string, raw: string): { ok: true; value: string } | { ok: false; reason: string } {
  if (!PATH_VALUE.test(raw)) {
    const bad = [...raw].find(
      (ch, i) => !/[A-Za-z0-9\-._]/.test(ch) && !(ch === "%" && /^%[0-9A-Fa-f]{2}/.test(raw.slice(i))),
    )
    const shown = bad === undefined ? raw : bad
    return {
      ok: false,
      reason: `${name} ${JSON.stringify(raw)} holds ${JSON.stringify(shown)}, which a Digital Link writes percent-encoded (${encodeDigitalLinkValue(shown)})`,
    }
  }
  const needless = raw
    .match(/%[0-9A-Fa-f]{2}/g)
    ?.find((e) => /[A-Za-z0-9\-._]/.test(String.fromCharCode(parseInt(e.slice(1), 16))))
  if (needless) {
    const ch = String.fromCharCode(parseInt(needless.slice(1), 16))
    return {
      ok: false,
      reason: `${name} ${JSON.stringify(raw)}: ${needless} stands for "${ch}", which a Digital Link writes as it is`,
    }
  }
  try {
    return { ok: true, value: decodeURIComponent(raw) }
  } catch {
    return { ok: false, reason: `${name} ${JSON.stringify(raw)} is not valid percent-encoding` }
  }
}
