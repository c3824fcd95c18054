import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { collectPersonalData, EXPORT_FORMAT } from "../../../personal-data/collect"

export const collectPersonalDataStep = createStep(
  "collect-personal-data",
  async (input: { customerIds: string[]; email: string }, { container }) => {
    const records = []
    for (const customerId of input.customerIds) {
      records.push(await collectPersonalData(container, { customerId, email: input.email }))
    }
    return new StepResponse({
      format: EXPORT_FORMAT,
      exported_at: new Date().toISOString(),
      email: input.email,
      records,
    })
  },
)
