import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerProposalResponse } from "@ocop/core"
import { producerMembership } from "../../../../access/producer"
import { proposalViews } from "../../../../read-models/producer-stall/proposals"
import { proposeProductWorkflow } from "../../../../workflows/producer/propose-product"
import { customerEmail } from "../../../../workflows/producer/steps/producer-of"
import type { StoreProposeProductType } from "./validators"

/**
 * POST /store/producer/proposals — a member proposes a new product for its subject: created as a
 * draft Medusa product tied to the subject, for officials to certify. It is among the producer's
 * products at once (texts, prices, photos, stock) and on sale only once a certificate lists it.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreProposeProductType>, res: MedusaResponse) {
  const membership = producerMembership(res)
  const actor = { id: req.auth_context.actor_id, label: await customerEmail(req.scope, req.auth_context.actor_id) }
  const { result } = await proposeProductWorkflow(req.scope).run({
    input: {
      producer_id: membership.producer_id,
      subject_id: membership.subject_id,
      actor,
      product: req.validatedBody,
    },
  })
  const [proposal] = await proposalViews(req.scope, [result])
  res.status(201).json({ proposal } satisfies ProducerProposalResponse)
}
