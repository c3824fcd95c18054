import "server-only"
import { sdk } from "../medusa"

/** The one region the shop sells in (Vietnam); prices are computed for it. */
export async function getRegionId(): Promise<string> {
  const { regions } = await sdk.store.region.list({ fields: "id,currency_code", limit: 1 })
  const region = regions.find((r) => r.currency_code === "vnd")
  if (!region) throw new Error("the backend has no VND region: has the demo data been seeded?")
  return region.id
}
