import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { traceCertificate } from "@ocop/core"
import type { LabelLot, LabelUnit } from "@ocop/labels"
import { codeUrl, lotKey } from "../../resolver/code-url"
import type { TraceConfig } from "../../resolver/config"
import { loadProductFacts } from "../../resolver/facts"

/**
 * What a lot's labels print: the lot-wide text and, per issued serial, its signed code URL. Only a
 * product holding an active certificate gets labels, since they print its stars.
 */
export async function lotLabels(
  container: MedusaContainer,
  lotId: string,
  config: TraceConfig,
  serials?: string[],
): Promise<{ lot: LabelLot; units: LabelUnit[]; code: string }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "lot",
    filters: { id: lotId },
    fields: [
      "id",
      "product_id",
      "variant_id",
      "code",
      "produced_on",
      "expires_on",
      "serials.serial",
      "serials.created_at",
    ],
  })
  const lot = data[0]
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No lot with id ${lotId}`)
  const product = await loadProductFacts(container, lot.product_id)
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `The lot's product ${lot.product_id} is gone`)
  const certificate = product.listing.listed ? traceCertificate(product.certificates) : null
  if (!certificate) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${product.title} holds no OCOP certificate that lists it: its labels would print stars it does not have`,
    )
  }
  let issued = ((lot.serials ?? []) as { serial: string; created_at: string | Date }[])
    .slice()
    .sort(
      (a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.serial.localeCompare(b.serial),
    )
    .map((s) => s.serial)
  if (serials) {
    const unknown = serials.filter((s) => !issued.includes(s))
    if (unknown.length)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No serial ${unknown.join(", ")} in lot ${lot.code}`)
    issued = serials
  }
  if (!issued.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Lot ${lot.code} has no serials yet: issue some first`)
  }
  const key = { ...lotKey(product, { variant_id: (lot.variant_id as string | null) ?? null }), lot: lot.code }
  return {
    code: lot.code,
    lot: {
      productName: product.title,
      stars: certificate.stars,
      lot: lot.code,
      producedOn: lot.produced_on,
      expiresOn: lot.expires_on,
    },
    units: issued.map((serial) => ({ serial, url: codeUrl(config.origin, { ...key, serial }, config.tokenSecret) })),
  }
}
