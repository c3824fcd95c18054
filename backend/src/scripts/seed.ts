import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import path from "node:path"
import { ensureAdminUser } from "../seed/admin-user"
import { ensureCategories, ensureProducts } from "../seed/catalogue"
import { markSeeded, setUpCommerce } from "../seed/commerce-setup"
import { loadDataset } from "../seed/dataset"
import { ensureProducerOrdersDemo } from "../seed/producer-orders"
import { ensureReviewsDemo } from "../seed/reviews"
import { ensurePolicies } from "../seed/policies"
import { ensureLots } from "../seed/traceability"
import { ensureSalesPoints, ensureTradeDemo } from "../seed/trade"
import { applyProducerProfiles, importCertificates, upsertReferenceData } from "../seed/certification"

/**
 * Seeds the Quảng Trị demo: `medusa exec ./src/scripts/seed.ts`.
 * Idempotent: each part is found-or-created, so running it twice changes nothing.
 * OCOP_SEED_DIR points at seed/data; OCOP_ADMIN_EMAIL/PASSWORD, when set, create the first admin.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const dir = process.env.OCOP_SEED_DIR || path.resolve(process.cwd(), "../seed/data")
  const data = loadDataset(dir)
  logger.info(`seed: ${data.products.length} demo products from ${dir}`)
  const setup = await setUpCommerce(container, data)
  const categories = await ensureCategories(container, data)
  await upsertReferenceData(container, data)
  const { created, skipped } = await ensureProducts(container, data, setup, categories, (m) => logger.info(m))
  logger.info(`seed: products created ${created}, already present ${skipped}`)
  const counts = await importCertificates(container, data)
  logger.info(`seed: certificates imported through the registry path: ${JSON.stringify(counts)}`)
  await applyProducerProfiles(container, data)
  logger.info(`seed: demo lots created ${await ensureLots(container, dir)}`)
  await ensureSalesPoints(container, data, setup.salesPointIds)
  if (await ensureTradeDemo(container, dir)) logger.info("seed: trade demo (businesses, fairs, agreements) created")
  if (await ensureProducerOrdersDemo(container, setup))
    logger.info("seed: producers' demo (warehouse stock, orders in every state, this month's statements) created")
  if (await ensureReviewsDemo(container, setup))
    logger.info("seed: reviews' demo (delivered lines reviewed, two approved, one waiting for moderation) created")
  if (await ensurePolicies(container, dir)) logger.info("seed: demo operator details and sample policy texts created")
  const { OCOP_ADMIN_EMAIL: email, OCOP_ADMIN_PASSWORD: password } = process.env
  if (email && password && (await ensureAdminUser(container, email, password))) {
    logger.info(`seed: admin user ${email} created`)
  }
  await markSeeded(container)
}
