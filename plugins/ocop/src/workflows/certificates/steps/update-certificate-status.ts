import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export type StatusChange = {
  id: string
  status: "active" | "revoked" | "suspended"
  reason_code: string | null
  decision_number: string | null
  decision_date: string | null
}

/** Allowed transitions: an official revokes or suspends an active certificate, or reinstates a suspended or revoked one. */
const ALLOWED: Record<StatusChange["status"], string[]> = {
  revoked: ["active", "suspended"],
  suspended: ["active"],
  active: ["suspended", "revoked"],
}

export const updateCertificateStatusStepId = "update-certificate-status"
export const updateCertificateStatusStep = createStep(
  updateCertificateStatusStepId,
  async (change: StatusChange, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const before = await ocop.retrieveCertificate(change.id)
    if (!ALLOWED[change.status].includes(before.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Certificate ${before.number} is ${before.status}; it cannot become ${change.status}`,
      )
    }
    const after = await ocop.updateCertificates({
      id: change.id,
      status: change.status,
      status_reason: change.reason_code as never,
      status_decision_number: change.decision_number,
      status_decision_date: change.decision_date,
    })
    return new StepResponse(after, {
      id: before.id,
      status: before.status,
      status_reason: before.status_reason,
      status_decision_number: before.status_decision_number,
      status_decision_date: before.status_decision_date,
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<OcopModuleService>(OCOP_MODULE).updateCertificates(previous)
  },
)
