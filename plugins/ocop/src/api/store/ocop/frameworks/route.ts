import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { LegalFramework } from "@ocop/core"
import { frameworks } from "../../../../data/frameworks.json"

/**
 * The OCOP legal frameworks (star bands, validity, renewal notice), so the
 * storefront explains stars with the same numbers the listing rule uses.
 */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.json({ frameworks: frameworks as LegalFramework[] })
}
