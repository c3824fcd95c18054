import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { tradeOf } from "../../common/records"

export const expireAgreementsStepId = "expire-trade-agreements"
/** Marks signed agreements whose term ended before `today` expired; undone by restoring their statuses. */
export const expireAgreementsStep = createStep(
  expireAgreementsStepId,
  async (input: { today: string }, { container }) => {
    const trade = tradeOf(container)
    const due = await trade.listAgreements(
      { status: ["signed_mou", "contract", "in_delivery"], term_end: { $lt: input.today } },
      { take: null, select: ["id", "status"] },
    )
    if (due.length) await trade.updateAgreements(due.map((a) => ({ id: a.id, status: "expired" as const })))
    return new StepResponse(
      due.map((a) => a.id),
      due.map((a) => ({ id: a.id, status: a.status })),
    )
  },
  async (previous, { container }) => {
    if (previous?.length) await tradeOf(container).updateAgreements(previous)
  },
)
