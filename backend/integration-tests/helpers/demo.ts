import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import path from "node:path"
import seed from "../../src/scripts/seed"
import { ensureAdminUser } from "../../src/seed/admin-user"
import { STOREFRONT_CHANNEL } from "../../src/seed/commerce-setup"
import { loadDataset } from "../../src/seed/dataset"
import type { SeedProduct } from "../../src/seed/dataset-types"
import { toRegistryRow } from "../../src/seed/registry-rows"
import { demoShopDatabase } from "./runner"

export const SEED_DIR = path.resolve(__dirname, "../../../seed/data")
process.env.OCOP_SEED_DIR = SEED_DIR

type Api = { post(url: string, body: unknown): Promise<{ data: { token: string } }> }

/**
 * Seeds the demo shop and signs in an official: what most HTTP suites start from. A suite that shares
 * the run's demo shop (`sharedDemoShop`) starts with it already in its database; the first such
 * suite of a run seeds it and leaves it as the template for the others.
 */
export async function seedDemoShop(container: MedusaContainer, api: Api) {
  const database = demoShopDatabase()
  if (!database.seeded) {
    await seed({ container, args: [] })
    await ensureAdminUser(container, "official@ocop.local", "test-password-1")
    if (database.shared) await database.keep()
  }
  const [apiKey] = await container.resolve(Modules.API_KEY).listApiKeys({ title: STOREFRONT_CHANNEL })
  const [region] = await container.resolve(Modules.REGION).listRegions({ name: "Việt Nam" })
  const { data } = await api.post("/auth/user/emailpass", { email: "official@ocop.local", password: "test-password-1" })
  return {
    publishableKey: apiKey.token,
    regionId: region.id,
    admin: { headers: { authorization: `Bearer ${data.token}` } },
  }
}

/** The demo dataset and its certificates as registry rows, as the suites read them. */
export function demoRegistry() {
  const data = loadDataset(SEED_DIR)
  const producers = new Map(data.producers.map((p) => [p.key, p]))
  const rowOf = (p: SeedProduct) => toRegistryRow(p, producers.get(p.producer)!)
  const communeName = (code: string) => data.units.find((u) => u.code === code)?.name
  return { data, producers, rowOf, communeName, rows: data.products.map(rowOf) }
}

/** The parts of the OCOP module service the suites read directly. */
export type OcopTestService = {
  listRegistryRuns(
    filter: object,
    config: object,
  ): Promise<{ counts: Record<string, number>; started_at: string; finished_at: string }[]>
  listCertificates(
    filter: object,
  ): Promise<{ id: string; authority: string; status: string; superseded_by: string | null }[]>
  listSubjects(filter: object): Promise<{ id: string; key: string; commune_id: string | null }[]>
  updateSubjects(data: object): Promise<unknown>
  updateCertificates(data: object): Promise<unknown>
}
