import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's `POST /store/returns` creates and confirms a return at once, with no window and no
 * producer's decision; the shop's returns are asked for at `/store/ocop/orders/:id/returns`
 * (docs/returns.md), so the order's reader is told where, and nothing is created here.
 */
export function returnsThroughTheShop(_req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  next(
    new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Returns are asked for at /store/ocop/orders/:id/returns, within the return window, and decided by the producer",
    ),
  )
}
