import { describeMeiliError, meiliClient } from "../providers/meilisearch/client"

export type MeilisearchHealth = { reachable: true } | { reachable: false; reason: string }

/**
 * Asks Meilisearch's `/health` whether it answers now, with the provider's own host, key and
 * per-request timeout (`backend/src/config/search.ts` reads the same variables). One cheap request
 * that builds nothing, so a caller can tell "down" from "failing" before starting a rebuild.
 */
export async function meilisearchHealth(env: NodeJS.ProcessEnv = process.env): Promise<MeilisearchHealth> {
  const host = env.MEILISEARCH_HOST?.trim()
  if (!host) return { reachable: false, reason: "MEILISEARCH_HOST is not set" }
  try {
    await meiliClient({
      host,
      api_key: env.MEILISEARCH_API_KEY || undefined,
      timeout_ms: Number(env.MEILISEARCH_TIMEOUT_MS) || 5_000,
    }).health()
    return { reachable: true }
  } catch (err) {
    return { reachable: false, reason: describeMeiliError(err) }
  }
}
