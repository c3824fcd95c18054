import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DATA_RIGHTS_MODULE } from "../../../modules/data-rights"
import type DataRightsModuleService from "../../../modules/data-rights/service"

export const completeDataRequestStep = createStep("complete-data-request", async (id: string, { container }) => {
  const rights = container.resolve<DataRightsModuleService>(DATA_RIGHTS_MODULE)
  await rights.updateDataRequests({ id, status: "done", completed_at: new Date() })
  return new StepResponse(id)
})
