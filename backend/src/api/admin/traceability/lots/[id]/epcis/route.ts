import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { codeUrl, lotKey } from "../../../../../../resolver/code-url"
import { epcisDocument } from "../../../../../../read-models/traceability/epcis"
import { loadProductFacts } from "../../../../../../resolver/facts"
import { resolverConfig } from "../../../../../../resolver/route"

type StoredEvent = {
  id: string
  type: "harvested" | "processed" | "packed" | "shipped" | "received"
  occurred_at: string | Date
  place: string
  actor: string
  stock_location_id: string | null
}

/** GET /admin/traceability/lots/:id/epcis — the lot's journey as an EPCIS 2.0 JSON-LD document. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "lot", filters: { id: req.params.id }, fields: ["*", "events.*"] })
  const lot = data[0]
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No lot with id ${req.params.id}`)
  const product = await loadProductFacts(req.scope, lot.product_id)
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `The lot's product ${lot.product_id} is gone`)
  const cfg = resolverConfig()
  const doc = epcisDocument(
    {
      uri: codeUrl(
        cfg.origin,
        { ...lotKey(product, { variant_id: lot.variant_id ?? null }), lot: lot.code },
        undefined,
      ),
      code: lot.code,
      produced_on: lot.produced_on,
      expires_on: lot.expires_on,
      quantity: lot.quantity,
      origin: lot.origin,
      events: ((lot.events ?? []) as StoredEvent[]).map((e) => ({
        ...e,
        occurred_at: new Date(e.occurred_at).toISOString(),
      })),
    },
    cfg.origin,
  )
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="epcis-${lot.code.replace(/[^A-Za-z0-9._-]/g, "_")}.jsonld"`,
  )
  res.type("application/ld+json").send(JSON.stringify(doc, null, 2))
}
