import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PayoutAccountResponse } from "@ocop/core"
import { producerMembership, producerOwner } from "../../../../access/producer"
import { payoutView } from "../../../../read-models/settlement/statements"
import { setPayoutAccountWorkflow } from "../../../../workflows/settlement/set-payout-account"
import { producerOf } from "../../../../workflows/producer/steps/producer-of"
import { parseBody } from "../../../parse-body"
import { StoreSetPayoutAccount } from "./validators"

/** GET /store/producer/payout-account — where the operator pays this producer (null until set). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const membership = producerMembership(res)
  const [account] = await producerOf(req.scope).listProducerPayoutAccounts({ producer_id: membership.producer_id })
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ payout_account: account ? payoutView(account) : null } satisfies PayoutAccountResponse)
}

/** POST /store/producer/payout-account — the owner sets where it is paid; staff may not. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const membership = producerOwner(res, "set where the producer is paid")
  const body = parseBody(StoreSetPayoutAccount, req.body)
  const { result } = await setPayoutAccountWorkflow(req.scope).run({
    input: { producer_id: membership.producer_id, by: req.auth_context.actor_id, ...body },
  })
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ payout_account: payoutView(result) } satisfies PayoutAccountResponse)
}
