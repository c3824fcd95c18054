import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import fs from "node:fs"
import path from "node:path"
import { AdminAddJourneyEvent, AdminCreateLot } from "../api/admin/traceability/validators"
import { TRACEABILITY_MODULE } from "../modules/traceability"
import type TraceabilityModuleService from "../modules/traceability/service"
import { addJourneyEventWorkflow } from "../workflows/traceability/add-journey-event"
import { createLotWorkflow } from "../workflows/traceability/create-lot"

type DemoLot = {
  /** The SKU of the variant the lot was packed as (its labels carry that variant's GTIN). */
  variant?: string
  product: string
  journey: { type: string; at: string; place: string; actor: string; place_en?: string; actor_en?: string }[]
  [field: string]: unknown
}

/**
 * Demo lots with serials and journeys (seed/data/lots.json), written through the same workflows
 * and the same validation as the admin's. Every lot is checked before any is written; a lot that
 * exists already is left as it is.
 */
export async function ensureLots(container: MedusaContainer, dir: string): Promise<number> {
  const file = path.join(dir, "lots.json")
  if (!fs.existsSync(file)) return 0
  const { lots } = JSON.parse(fs.readFileSync(file, "utf8")) as { lots: DemoLot[] }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "variants.id", "variants.sku"],
    filters: { handle: lots.map((l) => l.product) },
  })
  const idOf = new Map(products.map((p: { id: string; handle: string }) => [p.handle, p.id]))
  const variantOf = new Map(
    products.flatMap((p: { variants?: { id: string; sku: string | null }[] }) =>
      (p.variants ?? []).map((v) => [v.sku, v.id] as const),
    ),
  )
  const problems: string[] = []
  const checked = lots.map((lot, i) => {
    const { product, journey, variant, ...fields } = lot
    const variant_id = variant ? variantOf.get(variant) : undefined
    const lotBody = AdminCreateLot.safeParse({ ...fields, product_id: idOf.get(product) ?? "", variant_id })
    if (!idOf.has(product)) problems.push(`lots[${i}]: no product with handle ${product}`)
    if (variant && !variant_id) problems.push(`lots[${i}]: no variant with SKU ${variant}`)
    if (!lotBody.success) problems.push(`lots[${i}]: ${lotBody.error.issues.map((x) => `${x.path}: ${x.message}`)}`)
    const events = journey.map((e, j) => {
      const { at, ...texts } = e
      const parsed = AdminAddJourneyEvent.safeParse({ occurred_at: at, ...texts })
      if (!parsed.success) problems.push(`lots[${i}].journey[${j}]: ${parsed.error.issues.map((x) => x.message)}`)
      return parsed.data!
    })
    return { lot: lotBody.data!, events }
  })
  if (problems.length) throw new Error(`seed/data/lots.json:\n${problems.join("\n")}`)
  const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
  let created = 0
  for (const { lot, events } of checked) {
    const [existing] = await service.listLots({ product_id: lot.product_id, code: lot.code }, { select: ["id"] })
    if (existing) continue
    const { result } = await createLotWorkflow(container).run({ input: lot })
    for (const event of events) {
      await addJourneyEventWorkflow(container).run({ input: { ...event, lot_id: result.lot.id } })
    }
    created++
  }
  return created
}
