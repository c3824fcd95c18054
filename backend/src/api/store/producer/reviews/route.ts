import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerReviewsResponse } from "@ocop/core"
import { producerMembership } from "../../../../access/producer"
import { producerReviews } from "../../../../read-models/reviews/producer-reviews"

/** GET /store/producer/reviews — the approved reviews of the producer's products, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { subject_id } = producerMembership(res)
  res.json({ reviews: await producerReviews(req.scope, subject_id) } satisfies ProducerReviewsResponse)
}
