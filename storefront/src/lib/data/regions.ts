import "server-only"
import { sdk } from "../medusa"

/** The one region the shop sells in (Vietnam); prices are computed for it. */
export async function getRegionId(): Promise<string> {
  const { regions } = await sdk.client.fetch<{ regions: { id: string; currency_code: string }[] }>("/store/regions", {
    query: { fields: "id,currency_code", limit: 10 },
    cache: "force-cache",
    next: { revalidate: 3600 },
  })
  const region = regions.find((r) => r.currency_code === "vnd")
  if (!region) throw new Error("the backend has no VND region: has the demo data been seeded?")
  return region.id
}
