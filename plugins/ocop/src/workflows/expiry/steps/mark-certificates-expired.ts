import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

/** Sets the given active certificates to expired; the compensation makes them active again. */
export const markCertificatesExpiredStepId = "mark-certificates-expired"
export const markCertificatesExpiredStep = createStep(
  markCertificatesExpiredStepId,
  async (ids: string[], { container }) => {
    if (!ids.length) return new StepResponse([] as string[], [] as string[])
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateCertificates(ids.map((id) => ({ id, status: "expired" as const })))
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateCertificates(ids.map((id) => ({ id, status: "active" as const })))
  },
)
