import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { TraceLotTest } from "@ocop/core"
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
  tests?: TraceLotTest[]
}

/** Creates the lot after checking its product (and variant) exist; undone by deleting it. */
export const createLotStep = createStep(
  "create-trace-lot",
  async (input: CreateLotInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "variants.id"],
      filters: { id: input.product_id },
    })
    const product = data[0]
    if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product with id ${input.product_id}`)
    const variants = (product.variants ?? []).map((v: { id: string }) => v.id)
    if (input.variant_id && !variants.includes(input.variant_id)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `variant ${input.variant_id} is not a variant of this product`,
      )
    }
    const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    const [existing] = await service.listLots({ product_id: input.product_id, code: input.code }, { select: ["id"] })
    if (existing) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Lot ${input.code} already exists for this product`)
    }
    const lot = await service.createLots({
      ...input,
      variant_id: input.variant_id ?? variants[0] ?? null,
      tests: (input.tests ?? []) as never,
    })
    return new StepResponse(lot, lot.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).deleteLots(id)
  },
)
