import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { currentUnit } from "@ocop/core"
import { readListings } from "../../../listing/check"
import { OCOP_MODULE } from "../../../modules/ocop/name"
import type OcopModuleService from "../../../modules/ocop/service"
import { COMPARED_FIELDS, planChanges, type ShopState } from "../../../registry/plan"
import type { NumberedRow } from "../../../registry/row"

type Listed = { handle: string; subject?: { id: string } | null }
type Linked = { id: string; number: string }

/** Reads what the rows touch (products and their listing, certificates, holders, communes) and plans. */
export const planCertificateChangesStepId = "plan-certificate-changes"
export const planCertificateChangesStep = createStep(
  planCertificateChangesStepId,
  async (rows: NumberedRow[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const { data: found } = await query.graph({
      entity: "product",
      fields: ["id"],
      filters: { handle: [...new Set(rows.map((r) => r.product_handle))] },
    })
    const [listings, { data: existing }, holders, communes] = await Promise.all([
      readListings<Listed, Linked>(
        container,
        found.map((p) => p.id as string),
        { product: ["handle", "subject.id"], certificate: ["id", "number"] },
      ),
      query.graph({
        entity: "certificate",
        fields: ["id", "number", ...COMPARED_FIELDS],
        filters: { number: rows.map((r) => r.certificate_number) },
      }),
      ocop.listSubjects(
        { key: [...new Set(rows.map((r) => r.subject_key))] },
        { select: ["key", "name", "type", "commune_code", "commune_id"], take: null },
      ),
      resolveCommunes(
        ocop,
        rows.map((r) => r.subject_commune_code),
      ),
    ])
    const shop: ShopState = {
      products: new Map(
        [...listings.values()].map((l) => [
          l.product.handle,
          { id: l.product_id, has_subject: Boolean(l.product.subject), stale: l.stale, certificates: l.certificates },
        ]),
      ),
      certificates: new Map(existing.map((c) => [c.number as string, c as { id: string; status: string }])),
      holders: new Map(holders.map((h) => [h.key, h])),
      communes,
    }
    return new StepResponse(planChanges(rows, shop))
  },
)

/**
 * Today's commune for each code the rows carry. A code we have no unit for is a
 * bad row (the administrative units are reference data an official maintains);
 * a split unit leaves the commune undecided rather than guessed.
 */
async function resolveCommunes(ocop: OcopModuleService, codes: string[]): Promise<ShopState["communes"]> {
  const units = await ocop.listAdminUnits({}, { select: ["id", "code", "valid_to"], take: null })
  const successions = await ocop.listAdminUnitSuccessions({}, { take: null })
  const idByCode = new Map(units.map((u) => [u.code, u.id]))
  const resolved: ShopState["communes"] = new Map()
  for (const code of new Set(codes)) {
    const r = currentUnit(code, units, successions)
    resolved.set(
      code,
      r.ok
        ? { id: idByCode.get(r.code)! }
        : r.reason === "unknown"
          ? { id: null, unknown: `unknown commune code ${code} (${r.detail})` }
          : { id: null },
    )
  }
  return resolved
}
