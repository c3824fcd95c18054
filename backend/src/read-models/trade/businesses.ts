import type { MedusaContainer } from "@medusajs/framework/types"
import type { AdminBusinessView } from "@ocop/core"
import { tradeService, type BusinessRecord } from "../../access/trade"
import { businessView } from "./views"

/**
 * Business profiles as officials list them, each with the other profiles that applied with its
 * tax code: several may claim one code, and the official decides which one is verified to hold it.
 */
export async function adminBusinessViews(
  container: MedusaContainer,
  rows: BusinessRecord[],
): Promise<AdminBusinessView[]> {
  const codes = [...new Set(rows.map((b) => b.tax_code))]
  const claimants = codes.length
    ? await tradeService(container).listBusinesses(
        { tax_code: codes },
        { take: null, select: ["id", "company_name", "status", "tax_code"], order: { created_at: "ASC" } },
      )
    : []
  return rows.map((b) => ({
    ...businessView(b),
    tax_code_claims: claimants
      .filter((c) => c.tax_code === b.tax_code && c.id !== b.id)
      .map((c) => ({ id: c.id, company_name: c.company_name, status: c.status })),
  }))
}
