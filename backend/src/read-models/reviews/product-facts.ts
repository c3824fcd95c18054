import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Products' titles and handles by id (deleted ones too: a review outlives its product's shelf). */
export async function productFacts(
  container: MedusaContainer,
  ids: string[],
): Promise<Map<string, { title: string; handle: string | null }>> {
  if (!ids.length) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "handle"],
    filters: { id: [...new Set(ids)] },
    withDeleted: true,
  })
  return new Map((data as { id: string; title: string; handle: string | null }[]).map((p) => [p.id, p]))
}
