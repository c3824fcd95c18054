import type { MedusaContainer } from "@medusajs/framework/types"
import { digitalLinkPath, parseDigitalLinkPath, type DigitalLinkKey } from "@ocop/core"
import { verifySerialToken } from "@ocop/core/serial-token"
import type { TraceView } from "@ocop/core"
import type { TraceConfig } from "./config"
import {
  loadLotFacts,
  loadProductFacts,
  productIdByGtin,
  productIdByHandle,
  serialId,
  type LotFacts,
  type ProductFacts,
} from "./facts"
import { lotKey } from "./code-url"
import { TtlCache } from "./ttl-cache"

export type Resolution =
  | { kind: "invalid"; reason: string }
  | { kind: "unknown_product"; reason: string }
  | {
      kind: "found"
      key: DigitalLinkKey
      /** The canonical path of what was found (`/01/{GTIN-14}…`): a walk-up drops unknown parts. */
      path: string
      /** The canonical path as printed, unknown parts included. */
      requested: string
      product: ProductFacts
      lot: LotFacts | null
      serialId: string | null
      /** The first unregistered qualifier, when the code names one (the resolver walks up from it). */
      unknown: "cpv" | "lot" | "serial" | null
      token: TraceView["code"]["token"]
    }

/**
 * Everything read for a code is memoised per process: a promise per key, so a burst of scans of one
 * code waits on one database read, and failed reads are forgotten. Tagged by product id so a
 * listing, certificate or lot change drops exactly that product (`forgetProducts`).
 */
let cache: TtlCache<Promise<unknown>> | null = null
function memo<T>(ttlMs: number, key: string, tag: string | null, load: () => Promise<T>): Promise<T> {
  cache ??= new TtlCache(ttlMs)
  const hit = cache.get(key) as Promise<T> | undefined
  if (hit) return hit
  const value = load()
  cache.set(key, value, tag)
  value.catch(() => cache?.dropTags([tag ?? ""]))
  return value
}

/**
 * A code's resolution (and values derived from it, like its linkset) memoised per request shape:
 * a burst of scans of one code costs a map lookup, not a parse, two path encodings and an HMAC.
 * Untagged, so any change of any product drops them all (changes are rare, scans are not).
 */
export function memoByCode<T>(ttlMs: number, key: string, load: () => Promise<T>): Promise<T> {
  return memo(ttlMs, key, null, load)
}

/** Drops what is cached about these products (and every negative lookup); all of it without ids. */
export function forgetProducts(productIds?: string[]): void {
  if (!productIds) cache?.clear()
  else cache?.dropTags(productIds)
}

export async function resolveCode(
  container: MedusaContainer,
  path: string,
  token: string | null,
  config: TraceConfig,
): Promise<Resolution> {
  const parsed = parseDigitalLinkPath(path)
  if (!parsed.ok) return { kind: "invalid", reason: parsed.reason }
  const key = parsed.key
  const ttl = config.cacheTtlMs
  const productId = await ("gtin" in key
    ? memo(ttl, `g:${key.gtin}`, null, () => productIdByGtin(container, key.gtin))
    : memo(ttl, `h:${key.handle}`, null, () => productIdByHandle(container, key.handle)))
  const product = productId
    ? await memo(ttl, `p:${productId}`, productId, () => loadProductFacts(container, productId))
    : null
  if (!product) {
    const what = "gtin" in key ? `GTIN ${key.gtin}` : `product "${key.handle}"`
    return { kind: "unknown_product", reason: `${what} is not an OCOP product of this marketplace` }
  }
  // The product's own primary key: a handle path of a product that has a GTIN is still served.
  const base: DigitalLinkKey = "gtin" in key ? { gtin: key.gtin } : { handle: key.handle }
  const requested = digitalLinkPath(key)
  let lot: LotFacts | null = null
  let serial: string | null = null
  let unknown: "cpv" | "lot" | "serial" | null = null
  if (key.cpv !== undefined) {
    // The marketplace registers no consumer product variants: a code with one walks up to its GTIN,
    // as GS1's walk-up goes (serial, lot, CPV, then the primary key).
    unknown = "cpv"
  } else if (key.lot !== undefined) {
    const code = key.lot
    lot = await memo(ttl, `l:${product.id}|${code}`, product.id, () => loadLotFacts(container, product.id, code))
    // A lot is on record under its own variant's GTIN only: another variant's GTIN names another item.
    if (lot && "gtin" in key && !samePrimaryKey(lotKey(product, lot), key)) lot = null
    if (!lot) unknown = "lot"
  } else if (key.serial !== undefined) {
    unknown = "serial" // serials are issued within a lot; one without a lot names nothing
  }
  if (lot && key.serial !== undefined) {
    const lotId = lot.id
    const printed = key.serial
    serial = await memo(ttl, `s:${lotId}|${printed}`, product.id, () => serialId(container, lotId, printed))
    if (!serial) unknown = "serial"
  }
  const found: DigitalLinkKey = { ...base, ...(lot ? { lot: lot.code } : {}) }
  if (serial) found.serial = key.serial
  return {
    kind: "found",
    key,
    path: digitalLinkPath(found),
    requested,
    product,
    lot,
    serialId: serial,
    unknown,
    token: tokenState(config, key, requested, token),
  }
}

function tokenState(
  config: TraceConfig,
  key: DigitalLinkKey,
  path: string,
  token: string | null,
): TraceView["code"]["token"] {
  if (key.serial === undefined) return "not_applicable"
  if (!token) return "missing"
  // Without a secret nothing can be verified; refusing every token is the safe reading.
  if (!config.tokenSecret) return "forged"
  return verifySerialToken(config.tokenSecret, path, token) ? "valid" : "forged"
}

/** Whether a lot's key names the GTIN a code was read with (the handle fallback names none). */
const samePrimaryKey = (lotPrimary: DigitalLinkKey, key: DigitalLinkKey) =>
  "gtin" in lotPrimary && "gtin" in key && lotPrimary.gtin === key.gtin
