import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { describeMeiliError } from "../providers/meilisearch/client"
import { MEILISEARCH_INDEX, meilisearchConfigured } from "./config"

/** After a failure seen by this process, searches stay on PostgreSQL this long. */
const COOL_DOWN_MS = 30_000
/** The index status is read from the database at most this often per process. */
const STATUS_TTL_MS = 2_000

export type MirrorFailure = { at: Date; message: string }

/**
 * Per process, on `globalThis`: the provider, the routing middleware and the subscriber may load
 * this file through different module caches (a test runner's beside Node's), and must share it.
 */
const state: { lastFailure: MirrorFailure | null; status: { read: number; value: string } | null } =
  ((globalThis as Record<symbol, unknown>)[Symbol.for("ocop.search-mirror.health")] as never) ??
  ((globalThis as Record<symbol, unknown>)[Symbol.for("ocop.search-mirror.health")] = {
    lastFailure: null,
    status: null,
  })

/** Records a failed Meilisearch call (write or search), for the routing and the status route. */
export function reportMirrorFailure(err: unknown) {
  state.lastFailure = { at: new Date(), message: describeMeiliError(err) }
  state.status = null
}

/** A complete rebuild has just gone through: Meilisearch answers again. */
export function clearMirrorFailure() {
  state.lastFailure = null
  state.status = null
}

export function lastMirrorFailure(): MirrorFailure | null {
  return state.lastFailure
}

/**
 * The mirror's index status as the Search Module keeps it in the database ("ready", "building",
 * "error", "pending"), so every process (server or worker) sees what the worker's writes and
 * rebuilds left.
 */
export async function mirrorIndexStatus(container: MedusaContainer): Promise<string> {
  if (state.status && Date.now() - state.status.read < STATUS_TTL_MS) return state.status.value
  const indexes = await container.resolve(Modules.SEARCH).listIndexes()
  const value = indexes.find((i) => i.name === MEILISEARCH_INDEX)?.status ?? "missing"
  state.status = { read: Date.now(), value }
  return value
}

/**
 * Whether shoppers' searches go to Meilisearch: it is configured, its index is complete and
 * current ("ready": every write since the last full build went through), and this process has
 * seen no Meilisearch failure lately. Otherwise PostgreSQL serves them.
 */
export async function meilisearchServes(container: MedusaContainer): Promise<boolean> {
  if (!meilisearchConfigured()) return false
  const failure = state.lastFailure
  if (failure && Date.now() - failure.at.getTime() < COOL_DOWN_MS) return false
  try {
    return (await mirrorIndexStatus(container)) === "ready"
  } catch {
    return false
  }
}
