import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { regionPaymentProviders } from "../config/payments"
import { REGION_NAME } from "../seed/commerce-setup"

/**
 * Run once per database by `medusa db:migrate`: a shop seeded before VietQR existed offers only
 * cash on delivery, and the seed does not run again on an existing database. New databases get
 * every provider from the seed, after this script has found no region.
 */
export default async function enableVietQrPayments({ container }: { container: MedusaContainer }) {
  const [region] = await container
    .resolve(Modules.REGION)
    .listRegions({ name: REGION_NAME }, { relations: ["payment_providers"] })
  if (!region) return
  const current = (region.payment_providers ?? []).map((p) => p.id)
  const wanted = [...new Set([...current, ...regionPaymentProviders()])]
  if (wanted.length === current.length) return
  await updateRegionsWorkflow(container).run({
    input: { selector: { id: region.id }, update: { payment_providers: wanted } },
  })
}
