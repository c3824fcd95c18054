import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { frameworkOn, vietnamDate } from "@ocop/core"
import { frameworksOf } from "../../../listing/frameworks"

export type DueCertificate = {
  id: string
  number: string
  valid_until: string
  product_ids: string[]
  product_titles: string[]
  subject_email: string | null
  subject_name: string | null
}

type Row = {
  id: string
  number: string
  decision_date: string
  valid_until: string
  product?: { id: string; title: string } | null
  subject?: { email: string | null; name: string } | null
}

/**
 * Active certificates past their last day (to expire) and those inside their
 * framework's renewal-notice window (to notify), as of the Vietnamese calendar day.
 */
export const findCertificatesDueStepId = "find-certificates-due"
export const findCertificatesDueStep = createStep(
  findCertificatesDueStepId,
  async (input: { at?: string }, { container }) => {
    const today = input.at ?? vietnamDate()
    const frameworks = await frameworksOf(container)
    const horizon = Math.max(...frameworks.map((f) => f.renewal_notice_days), 0)
    const until = new Date(Date.parse(`${today}T00:00:00Z`) + horizon * 86_400_000).toISOString().slice(0, 10)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "certificate",
      fields: [
        "id",
        "number",
        "decision_date",
        "valid_until",
        "product.id",
        "product.title",
        "subject.email",
        "subject.name",
      ],
      filters: { status: "active", valid_until: { $lte: until } },
    })
    const toDue = (c: Row): DueCertificate => ({
      id: c.id,
      number: c.number,
      valid_until: c.valid_until,
      product_ids: c.product ? [c.product.id] : [],
      product_titles: c.product ? [c.product.title] : [],
      subject_email: c.subject?.email ?? null,
      subject_name: c.subject?.name ?? null,
    })
    const rows = data as unknown as Row[]
    const expired = rows.filter((c) => c.valid_until < today).map(toDue)
    const renewal = rows
      .filter((c) => {
        if (c.valid_until < today) return false
        const days = frameworkOn(frameworks, c.decision_date)?.renewal_notice_days ?? horizon
        const noticeFrom = new Date(Date.parse(`${c.valid_until}T00:00:00Z`) - days * 86_400_000)
          .toISOString()
          .slice(0, 10)
        return noticeFrom <= today
      })
      .map(toDue)
    return new StepResponse({ expired, renewal })
  },
)
