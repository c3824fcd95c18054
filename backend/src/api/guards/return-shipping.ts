import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * `POST /store/returns` with a shipping option that does not exist fails inside Medusa's return
 * workflow with a 500; the shopper is told which option is unknown instead.
 */
export async function knownReturnShipping(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const optionId = (req.body as { return_shipping?: { option_id?: unknown } } | undefined)?.return_shipping?.option_id
  if (typeof optionId !== "string") return next()
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "shipping_option", fields: ["id"], filters: { id: optionId } })
    if (data.length) return next()
    next(new MedusaError(MedusaError.Types.INVALID_DATA, `No shipping option with id ${optionId.slice(0, 100)}`))
  } catch (error) {
    next(error)
  }
}
