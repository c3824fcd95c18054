import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { forgetProducts } from "../../../resolver/resolve"

/** A lot's facts changed: the resolver of this process reads them again on the next scan. */
export const forgetTraceFactsStep = createStep("forget-trace-facts", async (productIds: string[]) => {
  forgetProducts(productIds)
  return new StepResponse(undefined)
})
