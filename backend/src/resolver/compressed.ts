// The test project compiles this file too, and sees the ambient declaration only through this reference.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./digital-link.d.ts" />
import { COMPRESSED_DIGITAL_LINK_PATH as COMPRESSED_PATH } from "@ocop/core"
import { Utils } from "digital-link.js"

export { COMPRESSED_PATH }

// Decompression works on a whole URI; any origin will do, only the path comes back.
const BASE = "https://resolver.invalid"

/**
 * The uncompressed path and query a fully compressed path stands for, decompressed by GS1's own
 * algorithm (digital-link.js); null when the path is not one. The result is read by the same
 * grammar as any printed code, so a compressed form can name nothing an uncompressed one cannot.
 * Partially compressed paths (an uncompressed key, then a compressed rest) are not read
 * (docs/traceability.md, "Conformance").
 */
export function decompressPath(path: string): { path: string; search: string } | null {
  if (!COMPRESSED_PATH.test(path)) return null
  let uri: string
  try {
    uri = Utils.decompressWebUri(`${BASE}${path}`)
  } catch {
    return null
  }
  if (!uri.startsWith(`${BASE}/`)) return null
  const rest = uri.slice(BASE.length)
  const at = rest.indexOf("?")
  return at < 0 ? { path: rest, search: "" } : { path: rest.slice(0, at), search: rest.slice(at + 1) }
}
