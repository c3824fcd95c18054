import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminSubjectList } from "@ocop/core"
import type { AdminListSubjectsType } from "./validators"

/**
 * GET /admin/ocop/subjects?q= — OCOP subjects (producers) by name, with their products and each
 * product's certificates: what officials pick from when they tie a business account or an
 * exhibitor to a producer, including producers whose certificates have all lapsed.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListSubjectsType>, res: MedusaResponse) {
  const { q, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "subject",
    fields: [
      "id",
      "key",
      "name",
      "type",
      "tax_code",
      "commune_code",
      "products.id",
      "products.title",
      "products.certificates.stars",
      "products.certificates.status",
    ],
    filters: q ? { name: { $ilike: `%${q}%` } } : {},
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  res.json({ subjects: data, count: metadata?.count ?? data.length, offset, limit } satisfies AdminSubjectList)
}
