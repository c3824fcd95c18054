import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerMembership } from "../../../../../access/producer"
import { answerWithReturn } from "./answer"

/** GET /store/producer/returns/:id — one return of the producer's own (another's: 404). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answerWithReturn(req, res, producerMembership(res))
}
