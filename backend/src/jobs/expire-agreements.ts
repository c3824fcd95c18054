import type { MedusaContainer } from "@medusajs/framework/types"
import { vietnamDate } from "@ocop/core"
import { expireAgreementsWorkflow } from "../workflows/trade/agreements/expire-agreements"

/** Daily at 00:10 in Vietnam (17:10 UTC): MoUs and contracts past their term end expire. */
export default async function expireAgreementsJob(container: MedusaContainer) {
  await expireAgreementsWorkflow(container).run({ input: { today: vietnamDate() } })
}

export const config = { name: "trade-expire-agreements", schedule: "10 17 * * *" }
