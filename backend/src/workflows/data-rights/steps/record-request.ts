import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DATA_RIGHTS_MODULE } from "../../../modules/data-rights"
import type DataRightsModuleService from "../../../modules/data-rights/service"

export type DataRequestInput = {
  kind: "export" | "erase"
  customerId: string
  channel: "self" | "official"
  officialId?: string
  reference?: string
}

/**
 * Opens the request's record, or finds the erasure left running for this customer (an interrupted
 * one is finished, not started twice).
 */
export const recordDataRequestStep = createStep(
  "record-data-request",
  async (input: DataRequestInput, { container }) => {
    const rights = container.resolve<DataRightsModuleService>(DATA_RIGHTS_MODULE)
    if (input.kind === "erase") {
      const [running] = await rights.listDataRequests({
        customer_id: input.customerId,
        kind: "erase",
        status: "running",
      })
      if (running) return new StepResponse(running.id)
    }
    const request = await rights.createDataRequests({
      kind: input.kind,
      customer_id: input.customerId,
      channel: input.channel,
      official_id: input.officialId ?? null,
      reference: input.reference ?? null,
    })
    return new StepResponse(request.id)
  },
)
