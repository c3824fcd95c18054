import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sent, vietnamDate, type AdminCertificateList } from "@ocop/core"
import type { AdminListCertificatesType } from "./validators"

/** GET /admin/ocop/certificates — filter by status, stars, commune, expiring soon. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListCertificatesType>, res: MedusaResponse) {
  const q = req.validatedQuery as AdminListCertificatesType
  const filters: Record<string, unknown> = {}
  if (q.status) filters.status = q.status
  if (q.stars) filters.stars = q.stars
  if (q.q) filters.number = { $ilike: `%${q.q}%` }
  if (q.commune_code) filters.subject = { commune_code: q.commune_code }
  if (q.expiring_within_days !== undefined) {
    const until = new Date(Date.now() + q.expiring_within_days * 86_400_000)
    filters.valid_until = { $gte: vietnamDate(), $lte: vietnamDate(until) }
    filters.status = "active"
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "certificate",
    fields: ["*", "subject.*", "product.id", "product.title", "product.handle", "product.status"],
    filters,
    pagination: { skip: q.offset, take: q.limit, order: { valid_until: "ASC" } },
  })
  res.json({
    certificates: sent(data),
    count: metadata?.count ?? data.length,
    offset: q.offset,
    limit: q.limit,
  } satisfies AdminCertificateList)
}
