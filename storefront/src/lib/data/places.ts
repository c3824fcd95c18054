import "server-only"
import { sdk } from "../medusa"

export type Commune = { code: string; name: string; province: string }

/** Communes and wards in force, by province name (public facts, cached for an hour). */
export async function listCommunes(): Promise<Commune[]> {
  const { communes } = await sdk.client.fetch<{ communes: Commune[] }>("/store/ocop/communes", {
    cache: "force-cache",
    next: { revalidate: 3600 },
  })
  return communes
}
