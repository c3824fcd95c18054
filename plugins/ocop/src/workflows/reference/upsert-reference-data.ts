import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { LegalFramework } from "@ocop/core"
import { upsertAdminUnitsStep, type AdminUnitInput, type SuccessionInput } from "./steps/upsert-admin-units"
import { upsertLegalFrameworksStep } from "./steps/upsert-legal-frameworks"
import { OcopWorkflowIds } from "../ids"

export type ReferenceDataInput = {
  frameworks: LegalFramework[]
  units: AdminUnitInput[]
  successions: SuccessionInput[]
}

/** Legal frameworks and administrative units: the reference data certificates are checked against. */
export const upsertReferenceDataWorkflow = createWorkflow(
  OcopWorkflowIds.upsertReferenceData,
  (input: ReferenceDataInput) => {
    const frameworks = upsertLegalFrameworksStep(input.frameworks)
    const units = upsertAdminUnitsStep({ units: input.units, successions: input.successions })
    return new WorkflowResponse({ frameworks, units })
  },
)
