import { digitalLinkPath, type DigitalLinkKey } from "@ocop/core"
import { serialToken } from "@ocop/core/serial-token"

/**
 * The URL printed in a unit's QR code: the resolver path on the shop's own domain, with the
 * serial's signature. Labels of a product without a GTIN use the `/p/{handle}` fallback.
 */
export function codeUrl(origin: string, key: DigitalLinkKey, secret: string | undefined): string {
  const path = digitalLinkPath(key)
  if (key.serial === undefined) return `${origin}${path}`
  if (!secret) throw new Error("TRACE_TOKEN_SECRET is not set: serialised labels cannot be signed")
  return `${origin}${path}?s=${serialToken(secret, path)}`
}

/** The primary key of a product's codes: its GTIN when it has one, its handle otherwise. */
export const productKey = (product: { gtin: string | null; handle: string }): DigitalLinkKey =>
  product.gtin ? { gtin: product.gtin } : { handle: product.handle }

/**
 * The primary key of a lot's codes: the GTIN of the trade item the lot was packed as (its variant),
 * so a label names what it is printed on; the `/p/{handle}` fallback when that variant has no GTIN,
 * even if another variant of the product has one. A lot recorded without a variant keeps the
 * product's key.
 */
export function lotKey(
  product: { gtin: string | null; handle: string; variantGtins: Record<string, string | null> },
  lot: { variant_id: string | null },
): DigitalLinkKey {
  if (!lot.variant_id || !(lot.variant_id in product.variantGtins)) return productKey(product)
  const gtin = product.variantGtins[lot.variant_id]
  return gtin ? { gtin } : { handle: product.handle }
}
