import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoredLotTest } from "../../../modules/traceability/english"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

export type CreateLotInput = {
  product_id: string
  variant_id?: string | null
  code: string
  produced_on: string
  expires_on?: string | null
  quantity: number
  origin?: string | null
  origin_en?: string | null
  tests?: StoredLotTest[]
}

/**
 * Creates lots, one or a whole import batch, after checking in one query each that their products
 * (and variants) exist and that no lot code is taken for its product. All or none: undone by
 * deleting them.
 */
export const createLotsStep = createStep(
  "create-trace-lots",
  async (lots: CreateLotInput[], { container }) => {
    const productIds = [...new Set(lots.map((l) => l.product_id))]
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["id", "variants.id", "variants.ean", "variants.upc", "variants.barcode"],
      filters: { id: productIds },
    })
    // Without a variant named, a lot is of the product's first variant that carries a GTIN (the
    // trade item its labels then identify), else of its first variant.
    type Variant = { id: string; ean?: string | null; upc?: string | null; barcode?: string | null }
    const hasGtin = (v: Variant) => [v.ean, v.upc, v.barcode].some((c) => c && /^\d{8,14}$/.test(c))
    const variantsOf = new Map<string, string[]>(
      data.map((p: { id: string; variants?: Variant[] }) => {
        const variants = p.variants ?? []
        return [p.id, [...variants.filter(hasGtin), ...variants.filter((v) => !hasGtin(v))].map((v) => v.id)]
      }),
    )
    const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    const existing = await service.listLots(
      { product_id: productIds, code: lots.map((l) => l.code) },
      { select: ["product_id", "code"], take: null },
    )
    const taken = new Set(existing.map((l) => `${l.product_id}\n${l.code}`))
    const rows = lots.map((lot, i) => {
      const at = lots.length > 1 ? `lots[${i}]: ` : ""
      const variants = variantsOf.get(lot.product_id)
      if (!variants) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${at}No product with id ${lot.product_id}`)
      if (lot.variant_id && !variants.includes(lot.variant_id)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${at}variant ${lot.variant_id} is not a variant of this product`,
        )
      }
      const key = `${lot.product_id}\n${lot.code}`
      if (taken.has(key)) {
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${at}Lot ${lot.code} already exists for this product`)
      }
      taken.add(key)
      return { ...lot, variant_id: lot.variant_id ?? variants[0] ?? null, tests: (lot.tests ?? []) as never }
    })
    const created = await service.createLots(rows)
    return new StepResponse(
      created,
      created.map((l) => l.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).deleteLots(ids)
  },
)
