import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProducerStallResponse } from "@ocop/core"
import { producerMembership } from "../../../../access/producer"
import { setProducerStoryWorkflow } from "../../../../workflows/producer/set-story"
import type { StoreSaveStallType } from "./validators"

type Subject = {
  key: string
  name: string
  story_vi: string | null
  story_en: string | null
  products?: ({ status: string } | null)[]
}

/** The producer's stall as its members edit it: the public page's key, its story, products on sale. */
async function stallOf(req: AuthenticatedMedusaRequest, subjectId: string): Promise<ProducerStallResponse["stall"]> {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "subject",
    fields: ["key", "name", "story_vi", "story_en", "products.status"],
    filters: { id: subjectId },
  })
  const s = data[0] as Subject
  return {
    key: s.key,
    name: s.name,
    story_vi: s.story_vi ?? null,
    story_en: s.story_en ?? null,
    products_listed: (s.products ?? []).filter((p) => p?.status === "published").length,
  }
}

/** GET /store/producer/stall — the stall's key (`/producers/<key>`), story in vi and en, products on sale. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ stall: await stallOf(req, producerMembership(res).subject_id) } satisfies ProducerStallResponse)
}

/** POST /store/producer/stall {story_vi?, story_en?} — a member (owner or staff) sets the story; live at once. */
export async function POST(req: AuthenticatedMedusaRequest<StoreSaveStallType>, res: MedusaResponse) {
  const { subject_id } = producerMembership(res)
  await setProducerStoryWorkflow(req.scope).run({ input: { subject_id, ...req.validatedBody } })
  res.json({ stall: await stallOf(req, subject_id) } satisfies ProducerStallResponse)
}
