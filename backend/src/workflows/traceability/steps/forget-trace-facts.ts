import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { forgetEverywhere } from "../../../resolver/facts-channel"

/** A lot's facts changed: every resolver process reads them again on the next scan. */
export const forgetTraceFactsStep = createStep("forget-trace-facts", async (productIds: string[], { container }) => {
  await forgetEverywhere(container, productIds)
  return new StepResponse(undefined)
})
