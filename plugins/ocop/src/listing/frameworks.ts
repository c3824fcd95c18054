import type { MedusaContainer } from "@medusajs/framework/types"
import type { LegalFramework } from "@ocop/core"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"

/** The legal frameworks as the shared rules in @ocop/core expect them. */
export async function loadFrameworks(container: MedusaContainer): Promise<LegalFramework[]> {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  return (await ocop.listLegalFrameworks({}, { take: null })) as unknown as LegalFramework[]
}

/** The certificate fields the listing rule reads, for query.graph. */
export const LISTING_FIELDS = ["status", "stars", "decision_date", "valid_until"] as const
