import type { MedusaContainer } from "@medusajs/framework/types"
import type { LegalFramework } from "@ocop/core"
import { OCOP_MODULE } from "../modules/ocop/name"
import type OcopModuleService from "../modules/ocop/service"

/**
 * The legal frameworks as the shared rules in @ocop/core expect them, read at most once a minute per
 * process. They change by decree, a few times a decade; the reference-data workflow drops the copy of
 * the process it runs in at once, and other processes follow within the minute. This is the one
 * cache of the listing check: certificates are always read live.
 */
const TTL_MS = 60_000

type Cache = { at: number; value: Promise<LegalFramework[]> } | null
// One copy per process, even when a test runner loads this file twice (its own module cache and Node's).
const slot = Symbol.for("ocop.listing.frameworks")
const store = globalThis as unknown as Record<symbol, Cache>

export function frameworksOf(container: MedusaContainer): Promise<LegalFramework[]> {
  const cached = store[slot]
  if (cached && Date.now() - cached.at < TTL_MS) return cached.value
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const value = ocop.listLegalFrameworks({}, { take: null }) as unknown as Promise<LegalFramework[]>
  const entry = { at: Date.now(), value }
  store[slot] = entry
  value.catch(() => {
    if (store[slot] === entry) store[slot] = null
  })
  return value
}

/** Drops the cached frameworks: the next check reads them again. */
export function forgetFrameworks() {
  store[slot] = null
}
