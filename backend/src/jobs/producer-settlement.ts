import type { MedusaContainer } from "@medusajs/framework/types"
import { monthOf, previousMonth } from "@ocop/core"
import { runSettlementWorkflow } from "../workflows/settlement/run-settlement"

/**
 * Daily at 02:00 in Vietnam (19:00 UTC): the running month's statements are recomputed, so producers
 * follow their month as it goes, and the month before, which settles once its last late deliveries
 * are in; paid statements stay as paid. Officials may run a month at any time in the admin.
 */
export default async function producerSettlementJob(container: MedusaContainer) {
  const month = monthOf(new Date())
  for (const m of [previousMonth(month), month]) await runSettlementWorkflow(container).run({ input: { month: m } })
}

export const config = { name: "producer-settlement", schedule: "0 19 * * *" }
